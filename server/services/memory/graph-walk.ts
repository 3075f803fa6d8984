// Walk a project's knowledge graph from some entities, k hops in either
// direction (recursive CTE), and find the memory items that mention what was
// reached, with their distance from the start.
import { getDb } from "@/server/db/client";

export async function walkGraph(workspaceId: string, projectId: string, seeds: string[], hops: number): Promise<Map<string, number>> {
  if (seeds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string; depth: number }[]>`
    WITH RECURSIVE walk(id, depth) AS (
      SELECT unnest(${seeds}::text[]), 0
      UNION
      SELECT CASE WHEN r."fromId" = w.id THEN r."toId" ELSE r."fromId" END, w.depth + 1
      FROM walk w
      JOIN "MemoryRelation" r ON (r."fromId" = w.id OR r."toId" = w.id)
      WHERE w.depth < ${hops} AND r."workspaceId" = ${workspaceId} AND r."projectId" = ${projectId}
    )
    SELECT id, MIN(depth)::int AS depth FROM walk GROUP BY id`;
  return new Map(rows.map((r) => [r.id, Number(r.depth)]));
}

/** Items mentioning any reached entity, each with the smallest distance among its entities. */
export async function itemsMentioning(workspaceId: string, reached: Map<string, number>): Promise<Map<string, number>> {
  if (reached.size === 0) return new Map();
  const db = await getDb();
  const mentions = await db.memoryMention.findMany({ where: { workspaceId, entityId: { in: [...reached.keys()] } }, select: { entityId: true, memoryId: true } });
  const distance = new Map<string, number>();
  for (const m of mentions) {
    const d = reached.get(m.entityId)!;
    distance.set(m.memoryId, Math.min(distance.get(m.memoryId) ?? Infinity, d));
  }
  return distance;
}
