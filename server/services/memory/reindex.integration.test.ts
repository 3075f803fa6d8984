// Re-indexing after the embedder changes: items embedded by embedder A are not
// compared with embedder B's question vectors (no mixed vectors), are still
// reachable through the graph, and after the durable re-index job on the
// embedded runner all carry B and search finds them by similarity again — in
// pgvector and in Pinecone alike. Other workspaces wait for their own job.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import type { TEmbedder } from "@/server/memory/embedders/embedder";
import { lexicalEmbedder, lexicalVector } from "@/server/memory/embedders/lexical-embedder";
import { setEmbedder } from "@/server/memory/embedders/select-embedder";
import { startFakePineconeServer } from "@/server/memory/testing/fake-pinecone-server";
import { createPineconeStore, pineconeNamespace } from "@/server/memory/vectors/pinecone-store";
import { makeWorkspace } from "@/server/testing/fixtures";
import { pgvectorStore } from "./pgvector-store";
import { reindexBatch } from "./reindex-memory";
import { requestMemoryUpkeep, requestReindex } from "./request-memory-jobs";
import { retrieveMemory } from "./retrieve-memory";
import { storeMemory } from "./store-memory";
import { setVectorStore } from "./vector-store-choice";

/** Another embedder: the same features in other buckets, so its vectors and A's do not line up. */
const embedderB: TEmbedder = {
  name: "lexical-reversed-test",
  label: "reversed lexical (test)",
  offline: true,
  dimensions: 384,
  embed: async (texts) => texts.map((t) => lexicalVector(t).reverse()),
};

afterEach(() => {
  setEmbedder(null);
  setVectorStore(null);
});
afterAll(() => stopEmbeddedRunner());

const idle = async () => (await embeddedRunner()).idle();

async function projectWithMemory(name: string) {
  const ws = await makeWorkspace(name);
  const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Shop", description: "" });
  const scope = { workspaceId: ws.workspace.id, actor: null };
  const store = (title: string, content: string) => storeMemory(scope, { projectId: project.id, kind: "note", title, content });
  await store("Sessions", "Sessions live in Redis with a 30 minute idle timeout.");
  await store("Orders API", "POST /orders creates an order; the order service stores it in PostgreSQL.");
  await store("Deployment", "Deploy with Docker images to Fly.io; migrations run before the new release takes traffic.");
  return { ...ws, project, scope };
}

const embedders = async (workspaceId: string) => {
  const db = await getDb();
  return (await db.memoryItem.findMany({ where: { workspaceId }, select: { embedder: true } })).map((i) => i.embedder);
};

describe("re-indexing when the embedder changes", () => {
  it("keeps A's vectors out of B's searches until the job re-embeds them, then finds them again (pgvector)", async () => {
    const a = await projectWithMemory("Reindex A");
    const other = await projectWithMemory("Reindex other");
    expect(new Set(await embedders(a.workspace.id))).toEqual(new Set([lexicalEmbedder.name]));
    const question = "Where do sessions live?";
    expect((await retrieveMemory(a.scope, { projectId: a.project.id, query: question })).items[0]!.title).toBe("Sessions");

    setEmbedder(embedderB);
    // Before the job: B's question meets no vector of A, at the store or in retrieval.
    const [queryB] = await embedderB.embed([question]);
    expect(await pgvectorStore.query({ workspaceId: a.workspace.id, projectId: a.project.id, embedder: embedderB.name, values: queryB!, topK: 10, minScore: -1 })).toEqual([]);
    const before = await retrieveMemory(a.scope, { projectId: a.project.id, query: question });
    expect(before.embedder).toBe("reversed lexical (test)");
    expect(before.items.every((i) => i.similarity === null)).toBe(true);
    // …but the graph still reaches them: the question names Redis' neighbour, the sessions note.
    const viaGraph = await retrieveMemory(a.scope, { projectId: a.project.id, query: "What do we keep in Redis?" });
    expect(viaGraph.items.map((i) => i.title)).toContain("Sessions");
    expect(viaGraph.items.every((i) => i.similarity === null)).toBe(true);
    const status = await a.as("viewer").memory.status({ workspaceSlug: a.slug, projectId: a.project.id });
    expect(status).toMatchObject({ embedder: { name: embedderB.name, label: "reversed lexical (test)", dimensions: 384 }, items: 3, indexed: 0, stale: 3 });

    await requestReindex([a.workspace.id]);
    await idle();

    expect(new Set(await embedders(a.workspace.id))).toEqual(new Set([embedderB.name]));
    const after = await retrieveMemory(a.scope, { projectId: a.project.id, query: question });
    expect(after.items[0]!.title).toBe("Sessions");
    expect(after.items[0]!.similarity).toBeGreaterThan(0.2);
    const matches = await pgvectorStore.query({ workspaceId: a.workspace.id, projectId: a.project.id, embedder: embedderB.name, values: queryB!, topK: 10, minScore: -1 });
    expect(matches).toHaveLength(3);
    expect(await a.as("viewer").memory.status({ workspaceSlug: a.slug, projectId: a.project.id })).toMatchObject({ items: 3, indexed: 3, stale: 0, reindexing: false });
    // The other workspace was not part of A's job: it still waits for its own.
    expect(new Set(await embedders(other.workspace.id))).toEqual(new Set([lexicalEmbedder.name]));
    const db = await getDb();
    const execution = await db.engineExecution.findFirstOrThrow({ where: { functionId: "memory-reindex", status: "completed" } });
    expect(execution.output).toEqual({ reindexed: 3 });
  });

  it("re-embeds a batch at a time, oldest ids first, and leaves recency alone", async () => {
    const a = await projectWithMemory("Reindex batches");
    const db = await getDb();
    const before = await db.memoryItem.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } });
    setEmbedder(embedderB);
    expect(await reindexBatch(a.workspace.id, 2)).toEqual({ embedder: embedderB.name, reindexed: 2, remaining: true });
    expect(await embedders(a.workspace.id)).toEqual(expect.arrayContaining([embedderB.name, embedderB.name, lexicalEmbedder.name]));
    expect(await reindexBatch(a.workspace.id, 2)).toEqual({ embedder: embedderB.name, reindexed: 1, remaining: false });
    expect(await reindexBatch(a.workspace.id, 2)).toEqual({ embedder: embedderB.name, reindexed: 0, remaining: false });
    const after = await db.memoryItem.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } });
    expect(after.map((i) => i.updatedAt.getTime())).toEqual(before.map((i) => i.updatedAt.getTime()));
  });

  it("asks for a re-index at boot only where stale items exist", async () => {
    const a = await projectWithMemory("Reindex boot");
    setEmbedder(embedderB);
    const db = await getDb();
    const stale = (await db.memoryItem.findMany({ where: { embedder: { not: embedderB.name } }, distinct: ["workspaceId"], select: { workspaceId: true } })).length;
    expect(stale).toBeGreaterThan(0);
    const asked = await requestMemoryUpkeep();
    expect(asked.reindex).toBe(stale);
    await idle();
    expect(new Set(await embedders(a.workspace.id))).toEqual(new Set([embedderB.name]));
    expect(await db.memoryItem.count({ where: { embedder: { not: embedderB.name } } })).toBe(0);
    expect((await requestMemoryUpkeep()).reindex).toBe(0);
    // Asking again from the memory page is for admins; with nothing stale the job finds nothing to do.
    await expect(a.as("member").memory.reindex({ workspaceSlug: a.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await a.as("admin").memory.reindex({ workspaceSlug: a.slug })).toEqual({ requested: true });
    await idle();
    const last = await db.engineExecution.findFirstOrThrow({ where: { functionId: "memory-reindex", eventData: { path: ["workspaceId"], equals: a.workspace.id } }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ status: "completed", output: { reindexed: 0 } });
  });

  it("re-embeds into Pinecone and relabels the vectors there too", async () => {
    const pinecone = await startFakePineconeServer();
    try {
      setVectorStore(createPineconeStore({ apiKey: pinecone.apiKey, indexName: pinecone.indexName, indexHost: pinecone.url }));
      const a = await projectWithMemory("Reindex Pinecone");
      const namespace = pineconeNamespace(a.workspace.id);
      expect(new Set(pinecone.vectors(namespace).map((v) => v.metadata?.embedder))).toEqual(new Set([lexicalEmbedder.name]));

      setEmbedder(embedderB);
      expect((await retrieveMemory(a.scope, { projectId: a.project.id, query: "Where do sessions live?" })).items.every((i) => i.similarity === null)).toBe(true);
      await requestReindex([a.workspace.id]);
      await idle();

      expect(pinecone.vectors(namespace)).toHaveLength(3);
      expect(new Set(pinecone.vectors(namespace).map((v) => v.metadata?.embedder))).toEqual(new Set([embedderB.name]));
      const found = await retrieveMemory(a.scope, { projectId: a.project.id, query: "Where do sessions live?" });
      expect(found.items[0]).toMatchObject({ title: "Sessions" });
      expect(found.items[0]!.similarity).toBeGreaterThan(0.2);
    } finally {
      await pinecone.close();
    }
  });
});
