// The pgvector adapter of the memory VectorStore: vectors in the MemoryItem
// table of the app's PostgreSQL (embedded PGlite included), an HNSW index for
// cosine distance. Queries filter by workspace first, always.
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { MEMORY_DIMENSIONS, type TVectorQuery, type TVectorRecord, type TVectorStore } from "@/server/memory/vectors/vector-store";

const literal = (values: number[], id = "the query") => {
  if (values.length !== MEMORY_DIMENSIONS) throw new AppError("INVALID_INPUT", `Vector for ${id} has ${values.length} dimensions; memory vectors have ${MEMORY_DIMENSIONS}.`);
  return `[${values.map((v) => (Number.isFinite(v) ? v : 0)).join(",")}]`;
};

/** Recall vs speed of the HNSW search: recall@10 0.97–1.0 on 100k workspace-wide queries (bench:memory). */
export const HNSW_EF_SEARCH = 100;

export const pgvectorStore: TVectorStore = {
  name: "pgvector",

  async upsert(records: TVectorRecord[]) {
    const db = await getDb();
    const rows = records.map((r) => ({ ...r, literal: literal(r.values, `memory item ${r.id}`) })); // check them all before writing any
    // One statement per workspace (normally one), however many chunks. The vector and the name of the
    // embedder that made it change together, so a query for one embedder never meets another's vector.
    for (const workspaceId of new Set(rows.map((r) => r.workspaceId))) {
      const mine = rows.filter((r) => r.workspaceId === workspaceId);
      await db.$executeRaw`
        UPDATE "MemoryItem" AS m SET "embedding" = v.e::vector, "embedder" = v.embedder
        FROM unnest(${mine.map((r) => r.id)}::text[], ${mine.map((r) => r.literal)}::text[], ${mine.map((r) => r.embedder)}::text[]) AS v(id, e, embedder)
        WHERE m."id" = v.id AND m."workspaceId" = ${workspaceId}`;
    }
  },

  async query(q: TVectorQuery) {
    const db = await getDb();
    const vector = literal(q.values);
    if (q.topK < 1 || (q.kinds && q.kinds.length === 0)) return [];
    const kinds = q.kinds ?? null;
    return db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL hnsw.ef_search = ${HNSW_EF_SEARCH}`);
      // With a project (or kind/run) filter most index candidates are filtered out afterwards; an iterative
      // scan keeps reading the index until enough rows pass (pgvector ≥ 0.8), instead of returning too few.
      await tx.$executeRawUnsafe(`SET LOCAL hnsw.iterative_scan = strict_order`);
      const rows = await tx.$queryRaw<{ id: string; score: number }[]>`
        SELECT "id", 1 - ("embedding" <=> ${vector}::vector) AS score
        FROM "MemoryItem"
        WHERE "workspaceId" = ${q.workspaceId}
          AND "embedding" IS NOT NULL
          AND (${q.projectId ?? null}::text IS NULL OR "projectId" = ${q.projectId ?? null})
          AND (${q.runId ?? null}::text IS NULL OR "runId" = ${q.runId ?? null})
          AND (${q.agentId ?? null}::text IS NULL OR "agentId" = ${q.agentId ?? null})
          AND (${q.embedder ?? null}::text IS NULL OR "embedder" = ${q.embedder ?? null})
          AND (${kinds}::text[] IS NULL OR "kind" = ANY(${kinds}::text[]))
          AND ("expiresAt" IS NULL OR "expiresAt" > now())
        ORDER BY "embedding" <=> ${vector}::vector
        LIMIT ${q.topK}`;
      return rows.map((r) => ({ id: r.id, score: Number(r.score) })).filter((r) => q.minScore === undefined || r.score >= q.minScore);
    });
  },

  async delete(workspaceId: string, ids: string[]) {
    if (ids.length === 0) return;
    const db = await getDb();
    await db.$executeRaw`UPDATE "MemoryItem" SET "embedding" = NULL WHERE "workspaceId" = ${workspaceId} AND "id" = ANY(${ids}::text[])`;
  },

  async deleteProject(workspaceId: string, projectId: string) {
    const db = await getDb();
    await db.$executeRaw`UPDATE "MemoryItem" SET "embedding" = NULL WHERE "workspaceId" = ${workspaceId} AND "projectId" = ${projectId}`;
  },
};
