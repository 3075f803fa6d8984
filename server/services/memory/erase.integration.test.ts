// Erasure: deleting a project leaves nothing of its memory behind — rows in
// PostgreSQL and vectors in Pinecone alike — and another project is untouched.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { startFakePineconeServer } from "@/server/memory/testing/fake-pinecone-server";
import { createPineconeStore, pineconeNamespace } from "@/server/memory/vectors/pinecone-store";
import { makeWorkspace } from "@/server/testing/fixtures";
import { retrieveMemory } from "./retrieve-memory";
import { storeMemory } from "./store-memory";
import { setVectorStore } from "./vector-store-choice";

afterEach(() => setVectorStore(null));

async function twoProjectsWithMemory() {
  const ws = await makeWorkspace("Erase");
  const doomed = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Doomed", description: "" });
  const kept = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Kept", description: "" });
  const scope = { workspaceId: ws.workspace.id, actor: null };
  for (const project of [doomed, kept]) {
    await storeMemory(scope, { projectId: project.id, kind: "decision", title: "Queue", content: "Decision: we will use NATS for background jobs in the order service." });
    await storeMemory(scope, { projectId: project.id, kind: "deliverable", title: "Schema", content: "CREATE TABLE jobs (id uuid primary key, payload jsonb);" });
  }
  return { ws, doomed, kept, scope };
}

async function leftovers(projectId: string) {
  const db = await getDb();
  const [items, entities, relations, mentions] = await Promise.all([
    db.memoryItem.count({ where: { projectId } }),
    db.memoryEntity.count({ where: { projectId } }),
    db.memoryRelation.count({ where: { projectId } }),
    db.memoryMention.count({ where: { entity: { projectId } } }),
  ]);
  return { items, entities, relations, mentions };
}

describe("erasing a project's memory", () => {
  it("removes its items, vectors, entities, relations and mentions (pgvector)", async () => {
    const { ws, doomed, kept, scope } = await twoProjectsWithMemory();
    expect((await leftovers(doomed.id)).items).toBeGreaterThan(0);
    await ws.as("admin").project.delete({ workspaceSlug: ws.slug, projectId: doomed.id });
    expect(await leftovers(doomed.id)).toEqual({ items: 0, entities: 0, relations: 0, mentions: 0 });
    const db = await getDb();
    const [vectors] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MemoryItem" WHERE "projectId" = ${doomed.id} AND "embedding" IS NOT NULL`;
    expect(Number(vectors!.n)).toBe(0);
    expect((await retrieveMemory(scope, { projectId: kept.id, query: "Which queue runs background jobs?" })).items[0]?.title).toBe("Queue");
  });

  it("removes its vectors from Pinecone too", async () => {
    const pinecone = await startFakePineconeServer();
    try {
      setVectorStore(createPineconeStore({ apiKey: pinecone.apiKey, indexName: pinecone.indexName, indexHost: pinecone.url }));
      const { ws, doomed, kept, scope } = await twoProjectsWithMemory();
      const namespace = pineconeNamespace(ws.workspace.id);
      const projects = () => pinecone.vectors(namespace).map((v) => v.metadata?.projectId);
      expect(projects()).toContain(doomed.id);
      expect((await retrieveMemory(scope, { projectId: doomed.id, query: "Which queue runs background jobs?" })).items[0]?.title).toBe("Queue");

      await ws.as("admin").project.delete({ workspaceSlug: ws.slug, projectId: doomed.id });
      expect(projects()).not.toContain(doomed.id);
      expect(projects()).toContain(kept.id);
      expect(await leftovers(doomed.id)).toEqual({ items: 0, entities: 0, relations: 0, mentions: 0 });
    } finally {
      await pinecone.close();
    }
  });
});
