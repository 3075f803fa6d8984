// Write memory items in one statement, however many chunks and sources: new
// items are inserted, items whose (workspace, sourceKey) already exists are
// updated in place and keep their id. A store used to cost one round trip and
// one commit per chunk; this is one of each per batch.
import { randomUUID } from "node:crypto";
import { getDb } from "@/server/db/client";

export type TItemRow = {
  projectId: string;
  runId: string | null;
  agentId: string | null;
  stepId: string | null;
  kind: string;
  title: string;
  content: string;
  sourceKey: string | null;
  importance: number;
  pinned: boolean;
  tokens: number;
  embedder: string;
};

/** Each row's id, in the order given, and whether it existed before (an update rather than an insert). */
export async function upsertItems(workspaceId: string, rows: TItemRow[]): Promise<{ id: string; existed: boolean }[]> {
  if (rows.length === 0) return [];
  const keys = rows.map((r) => r.sourceKey).filter((k): k is string => k !== null);
  if (new Set(keys).size !== keys.length) throw new Error("Two memory items of one batch share a sourceKey.");
  const db = await getDb();
  // New rows get these ids; a row that collides on its sourceKey keeps the id it has.
  const fresh = rows.map(() => randomUUID());
  const col = <K extends keyof TItemRow>(key: K) => rows.map((r) => r[key]);
  const written = await db.$queryRaw<{ id: string; sourceKey: string | null; inserted: boolean }[]>`
    INSERT INTO "MemoryItem" ("id", "workspaceId", "projectId", "runId", "agentId", "stepId", "kind", "title", "content", "sourceKey", "importance", "pinned", "tokens", "embedder", "updatedAt")
    SELECT v."id", ${workspaceId}, v."projectId", v."runId", v."agentId", v."stepId", v."kind", v."title", v."content", v."sourceKey", v."importance", v."pinned", v."tokens", v."embedder", now()
    FROM unnest(
      ${fresh}::text[], ${col("projectId")}::text[], ${col("runId")}::text[], ${col("agentId")}::text[], ${col("stepId")}::text[],
      ${col("kind")}::text[], ${col("title")}::text[], ${col("content")}::text[], ${col("sourceKey")}::text[],
      ${col("importance")}::float8[], ${col("pinned")}::boolean[], ${col("tokens")}::int[], ${col("embedder")}::text[]
    ) AS v("id", "projectId", "runId", "agentId", "stepId", "kind", "title", "content", "sourceKey", "importance", "pinned", "tokens", "embedder")
    ON CONFLICT ("workspaceId", "sourceKey") DO UPDATE SET
      "projectId" = EXCLUDED."projectId", "runId" = EXCLUDED."runId", "agentId" = EXCLUDED."agentId", "stepId" = EXCLUDED."stepId",
      "kind" = EXCLUDED."kind", "title" = EXCLUDED."title", "content" = EXCLUDED."content", "importance" = EXCLUDED."importance",
      "pinned" = EXCLUDED."pinned", "tokens" = EXCLUDED."tokens", "embedder" = EXCLUDED."embedder", "updatedAt" = now()
    RETURNING "id", "sourceKey", (xmax = 0) AS "inserted"`;
  const byKey = new Map(written.filter((w) => w.sourceKey !== null).map((w) => [w.sourceKey!, w]));
  const byId = new Map(written.map((w) => [w.id, w]));
  return rows.map((row, i) => {
    const w = row.sourceKey !== null ? byKey.get(row.sourceKey) : byId.get(fresh[i]!);
    if (!w) throw new Error("A memory item was not written.");
    return { id: w.id, existed: !w.inserted };
  });
}
