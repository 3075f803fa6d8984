// Re-indexing: when the deployment's embedder changes (another model, another
// dimension mapping, the offline embedder replaced by a real one), vectors the
// old one made are not compared with the new one's — retrieval asks the store
// for the active embedder's vectors only — until they are made again. A batch
// at a time, the oldest stale items of a workspace are re-embedded, their
// vectors replaced (pgvector or Pinecone) and relabelled.
import { getDb } from "@/server/db/client";
import { getEmbedder } from "@/server/memory/embedders/select-embedder";
import { getVectorStore } from "./vector-store-choice";

export const REINDEX_BATCH = 200;

/** "Spec (2/3)" was stored from the title "Spec": embed what storing embedded. */
const storedTitle = (title: string) => title.replace(/ \(\d+\/\d+\)$/, "");

/** A vector with no direction (text of stop words only, for the lexical embedder): nothing to index. */
export const isZeroVector = (values: number[]) => values.every((v) => v === 0);

export async function reindexBatch(workspaceId: string, limit = REINDEX_BATCH): Promise<{ embedder: string; reindexed: number; remaining: boolean }> {
  const embedder = getEmbedder();
  const db = await getDb();
  const rows = await db.memoryItem.findMany({
    where: { workspaceId, embedder: { not: embedder.name } },
    select: { id: true, projectId: true, kind: true, runId: true, agentId: true, title: true, content: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  if (rows.length === 0) return { embedder: embedder.name, reindexed: 0, remaining: false };
  const vectors = await embedder.embed(rows.map((r) => `${storedTitle(r.title)}\n${r.content}`));
  const store = await getVectorStore();
  const indexed = rows.flatMap((r, i) => (isZeroVector(vectors[i]!) ? [] : [{ id: r.id, workspaceId, projectId: r.projectId, kind: r.kind, runId: r.runId, agentId: r.agentId, embedder: embedder.name, values: vectors[i]! }]));
  await store.upsert(indexed);
  // An item with nothing to embed keeps no vector of the old embedder either.
  const empty = rows.filter((_, i) => isZeroVector(vectors[i]!)).map((r) => r.id);
  if (empty.length > 0) await store.delete(workspaceId, empty);
  // Raw SQL: relabelling is not an edit, so updatedAt (recency, retention) stays.
  await db.$executeRaw`UPDATE "MemoryItem" SET "embedder" = ${embedder.name} WHERE "workspaceId" = ${workspaceId} AND "id" = ANY(${rows.map((r) => r.id)}::text[])`;
  return { embedder: embedder.name, reindexed: rows.length, remaining: rows.length === limit };
}

/** Workspaces holding items another embedder indexed. */
export async function workspacesWithStaleVectors(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.memoryItem.findMany({ where: { embedder: { not: getEmbedder().name } }, distinct: ["workspaceId"], select: { workspaceId: true } });
  return rows.map((r) => r.workspaceId);
}
