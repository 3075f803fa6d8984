// Retention: a workspace that keeps memory 30 days loses its unpinned items
// not written for longer — rows, vectors (pgvector and Pinecone), mentions,
// the relations they sourced and entities nothing mentions any more — while
// pinned and recent items stay, and another workspace is untouched. Set from
// the settings (workspace.update), swept by the durable job on the embedded
// runner, asked for again when a run finishes.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { startFakePineconeServer } from "@/server/memory/testing/fake-pinecone-server";
import { createPineconeStore, pineconeNamespace } from "@/server/memory/vectors/pinecone-store";
import { makeWorkspace } from "@/server/testing/fixtures";
import { eraseExpiredBatch, retentionCutoff } from "./erase-expired";
import { storeMemory } from "./store-memory";
import { summariseRun } from "./summarise-run";
import { setVectorStore } from "./vector-store-choice";

afterEach(() => setVectorStore(null));
afterAll(() => stopEmbeddedRunner());

const idle = async () => (await embeddedRunner()).idle();
const DAY = 86_400_000;

async function workspaceWithMemory(name: string) {
  const ws = await makeWorkspace(name);
  const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Shop", description: "" });
  const scope = { workspaceId: ws.workspace.id, actor: null };
  const store = async (title: string, content: string, options: { pinned?: boolean; daysOld?: number } = {}) => {
    const { ids } = await storeMemory(scope, { projectId: project.id, kind: "note", title, content, pinned: options.pinned ?? false });
    if (options.daysOld) {
      const db = await getDb();
      const at = new Date(Date.now() - options.daysOld * DAY);
      await db.$executeRaw`UPDATE "MemoryItem" SET "createdAt" = ${at}, "updatedAt" = ${at} WHERE "id" = ANY(${ids}::text[])`;
    }
    return ids[0]!;
  };
  const items = {
    oldQueue: await store("Queue", "Decision: we will use Kafka for order events.", { daysOld: 45 }),
    oldPinned: await store("Cache", "Decision: we will use Redis for the cart cache.", { daysOld: 90, pinned: true }),
    recent: await store("Sessions", "Sessions live in Redis with a 30 minute idle timeout.", { daysOld: 3 }),
    expiring: await store("Spike", "A spike on MongoDB change streams, thrown away after the demo."),
  };
  const db = await getDb();
  await db.memoryItem.update({ where: { id: items.expiring }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  return { ...ws, project, scope, items };
}

async function remaining(workspaceId: string) {
  const db = await getDb();
  const [items, entities, relations, mentions, vectors] = await Promise.all([
    db.memoryItem.findMany({ where: { workspaceId }, select: { title: true } }),
    db.memoryEntity.findMany({ where: { workspaceId }, select: { normalizedName: true } }),
    db.memoryRelation.findMany({ where: { workspaceId }, select: { sourceMemoryId: true } }),
    db.memoryMention.findMany({ where: { workspaceId }, select: { memoryId: true } }),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MemoryItem" WHERE "workspaceId" = ${workspaceId} AND "embedding" IS NOT NULL`,
  ]);
  return {
    items: items.map((i) => i.title).sort(),
    entities: entities.map((e) => e.normalizedName).sort(),
    relationSources: new Set(relations.map((r) => r.sourceMemoryId)),
    mentionSources: new Set(mentions.map((m) => m.memoryId)),
    vectors: Number(vectors[0]!.n),
  };
}

describe("memory retention", () => {
  it("is set by admins, and the sweep erases expired unpinned items with their vectors and graph, nowhere else", async () => {
    const a = await workspaceWithMemory("Retention A");
    const b = await workspaceWithMemory("Retention B");
    const before = await remaining(a.workspace.id);
    expect(before.items).toEqual(["Cache", "Queue", "Sessions", "Spike"]);
    expect(before.vectors).toBe(4);
    expect(before.relationSources.has(a.items.oldQueue)).toBe(true);
    expect(before.entities).toEqual(expect.arrayContaining(["kafka", "redis", "mongodb"]));

    expect(await a.as("viewer").memory.retention({ workspaceSlug: a.slug })).toEqual({ days: null });
    await expect(a.as("member").memory.setRetention({ workspaceSlug: a.slug, days: 30 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(a.as("admin").memory.setRetention({ workspaceSlug: a.slug, days: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await a.as("admin").memory.setRetention({ workspaceSlug: a.slug, days: 30 })).toEqual({ days: 30 });
    await idle();

    const after = await remaining(a.workspace.id);
    // The 45-day-old note and the expired spike are gone; the pinned 90-day-old decision and the recent note stay.
    expect(after.items).toEqual(["Cache", "Sessions"]);
    expect(after.vectors).toBe(2);
    for (const gone of [a.items.oldQueue, a.items.expiring]) {
      expect(after.relationSources.has(gone)).toBe(false);
      expect(after.mentionSources.has(gone)).toBe(false);
    }
    // Kafka and MongoDB were named only by erased items; Redis is still named.
    expect(after.entities).toContain("redis");
    expect(after.entities).not.toContain("kafka");
    expect(after.entities).not.toContain("mongodb");
    expect(await a.as("viewer").memory.retention({ workspaceSlug: a.slug })).toEqual({ days: 30 });

    // B keeps memory for ever and was not part of A's sweep: its expired spike is still there too.
    const untouched = await remaining(b.workspace.id);
    expect(untouched.items).toEqual(["Cache", "Queue", "Sessions", "Spike"]);
    expect(untouched.vectors).toBe(4);
    expect(untouched.entities).toEqual(expect.arrayContaining(["kafka", "mongodb"]));

    // Keeping for ever again: nothing more goes.
    expect(await a.as("owner").memory.setRetention({ workspaceSlug: a.slug, days: null })).toEqual({ days: null });
    expect(await retentionCutoff(a.workspace.id)).toBeNull();
  });

  it("erases the vectors from Pinecone through the store", async () => {
    const pinecone = await startFakePineconeServer();
    try {
      setVectorStore(createPineconeStore({ apiKey: pinecone.apiKey, indexName: pinecone.indexName, indexHost: pinecone.url }));
      const a = await workspaceWithMemory("Retention Pinecone A");
      const b = await workspaceWithMemory("Retention Pinecone B");
      const ids = (ws: typeof a) => pinecone.vectors(pineconeNamespace(ws.workspace.id)).map((v) => v.id).sort();
      expect(ids(a)).toEqual(Object.values(a.items).sort());

      const db = await getDb();
      await db.workspace.update({ where: { id: a.workspace.id }, data: { memoryRetentionDays: 30 } });
      const cutoff = await retentionCutoff(a.workspace.id);
      expect(Date.parse(cutoff!)).toBeCloseTo(Date.now() - 30 * DAY, -4);
      expect(await eraseExpiredBatch(a.workspace.id, cutoff, 1)).toEqual({ erased: 1, remaining: true });
      expect(await eraseExpiredBatch(a.workspace.id, cutoff, 1)).toEqual({ erased: 1, remaining: true });
      expect(await eraseExpiredBatch(a.workspace.id, cutoff, 1)).toEqual({ erased: 0, remaining: false });

      expect(ids(a)).toEqual([a.items.oldPinned, a.items.recent].sort());
      expect(ids(b)).toEqual(Object.values(b.items).sort());
      expect((await remaining(a.workspace.id)).items).toEqual(["Cache", "Sessions"]);
    } finally {
      await pinecone.close();
    }
  });

  it("asks for a sweep when a run finishes, at most hourly, and only where retention is set", async () => {
    const kept = await workspaceWithMemory("Retention forever");
    const timed = await workspaceWithMemory("Retention timed");
    const db = await getDb();
    await db.workspace.update({ where: { id: timed.workspace.id }, data: { memoryRetentionDays: 30 } });
    const sweeps = (workspaceId: string) => db.engineExecution.count({ where: { functionId: "memory-retention", eventData: { path: ["workspaceId"], equals: workspaceId } } });

    // No such run: nothing to summarise, but the run is over all the same.
    expect(await summariseRun({ runId: "no-such-run", workspaceId: kept.workspace.id })).toEqual({ stored: false });
    expect(await summariseRun({ runId: "no-such-run", workspaceId: timed.workspace.id })).toEqual({ stored: false });
    expect(await summariseRun({ runId: "no-such-run", workspaceId: timed.workspace.id })).toEqual({ stored: false });
    await idle();
    expect(await sweeps(kept.workspace.id)).toBe(0);
    expect(await sweeps(timed.workspace.id)).toBe(1);
    expect((await remaining(timed.workspace.id)).items).toEqual(["Cache", "Sessions"]);
  });
});
