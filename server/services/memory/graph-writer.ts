// Merge extracted entities and relations into a project's knowledge graph:
// entities by normalised name (per project), relations by (from, to, type)
// with weights added up, and a mention linking each entity to the memory item
// it came from. One transaction for a whole batch of items, with a handful of
// set-based statements whatever its size: this runs for every deliverable of
// every run.
import { getDb } from "@/server/db/client";
import type { TExtraction } from "@/server/memory/graph/extract-entities";

export type TGraphSource = { memoryId: string; extraction: TExtraction };

/**
 * Write the graph of `sources` (items of one project). Items listed in `replacing` were stored
 * before: their old mentions and the relations they sourced go first, so a source stored again
 * says what it says now, not what it said and what it says.
 */
export async function writeGraph(
  target: { workspaceId: string; projectId: string },
  sources: TGraphSource[],
  replacing: string[] = [],
): Promise<{ entities: number; relations: number }> {
  const { workspaceId, projectId } = target;
  // Entities of the whole batch, first type and spelling winning, in a fixed order so concurrent writers lock alike.
  const entities = new Map<string, { type: string; name: string }>();
  for (const s of sources) for (const e of s.extraction.entities) if (!entities.has(e.key)) entities.set(e.key, { type: e.type, name: e.name });
  if (entities.size === 0 && replacing.length === 0) return { entities: 0, relations: 0 };
  const keys = [...entities.keys()].sort();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Entities only the replaced versions named go at the end, unless the new versions name them too.
    let formerly: string[] = [];
    if (replacing.length > 0) {
      formerly = (await tx.memoryMention.findMany({ where: { workspaceId, memoryId: { in: replacing } }, select: { entityId: true } })).map((m) => m.entityId);
      await tx.memoryMention.deleteMany({ where: { workspaceId, memoryId: { in: replacing } } });
      await tx.memoryRelation.deleteMany({ where: { workspaceId, sourceMemoryId: { in: replacing } } });
    }
    const pruneOrphans = () => (formerly.length > 0 ? tx.memoryEntity.deleteMany({ where: { workspaceId, id: { in: formerly }, mentions: { none: {} } } }) : null);
    if (keys.length === 0) {
      await pruneOrphans();
      return { entities: 0, relations: 0 };
    }
    // New names are created; known ones are left as they are.
    await tx.memoryEntity.createMany({
      data: keys.map((key) => ({ workspaceId, projectId, type: entities.get(key)!.type, name: entities.get(key)!.name, normalizedName: key })),
      skipDuplicates: true,
    });
    const rows = await tx.memoryEntity.findMany({ where: { workspaceId, projectId, normalizedName: { in: keys } }, select: { id: true, normalizedName: true } });
    const ids = new Map(rows.map((r) => [r.normalizedName, r.id]));

    const mentions = new Map<string, { entityId: string; memoryId: string; workspaceId: string }>();
    for (const s of sources) {
      for (const e of s.extraction.entities) {
        const entityId = ids.get(e.key);
        if (entityId) mentions.set(`${entityId}|${s.memoryId}`, { entityId, memoryId: s.memoryId, workspaceId });
      }
    }
    await tx.memoryMention.createMany({ data: [...mentions.values()], skipDuplicates: true });

    // One row per (from, to, type) — a statement may not upsert one row twice — sourced by the first item naming it.
    const relations = new Map<string, { fromId: string; toId: string; type: string; weight: number; source: string }>();
    for (const s of sources) {
      for (const r of s.extraction.relations) {
        const fromId = ids.get(r.from);
        const toId = ids.get(r.to);
        if (!fromId || !toId) continue;
        const key = `${fromId}|${toId}|${r.type}`;
        const known = relations.get(key);
        if (known) known.weight += r.weight;
        else relations.set(key, { fromId, toId, type: r.type, weight: r.weight, source: s.memoryId });
      }
    }
    const list = [...relations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    if (list.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "MemoryRelation" ("id", "workspaceId", "projectId", "fromId", "toId", "type", "weight", "sourceMemoryId")
        SELECT gen_random_uuid()::text, ${workspaceId}, ${projectId}, r."fromId", r."toId", r."type", r."weight", r."source"
        FROM unnest(${list.map((r) => r.fromId)}::text[], ${list.map((r) => r.toId)}::text[], ${list.map((r) => r.type)}::text[], ${list.map((r) => r.weight)}::float8[], ${list.map((r) => r.source)}::text[])
          AS r("fromId", "toId", "type", "weight", "source")
        ON CONFLICT ("fromId", "toId", "type") DO UPDATE SET "weight" = "MemoryRelation"."weight" + EXCLUDED."weight"`;
    }
    await pruneOrphans();
    return { entities: ids.size, relations: list.length };
  });
}
