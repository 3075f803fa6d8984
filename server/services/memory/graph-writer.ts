// Merge extracted entities and relations into a project's knowledge graph:
// entities by normalised name (per project), relations by (from, to, type)
// with weights added up, and a mention linking each entity to the memory item
// it came from. A handful of set-based statements per item, whatever its size:
// this runs for every deliverable of every run.
import { getDb } from "@/server/db/client";
import type { TExtraction } from "@/server/memory/graph/extract-entities";

type TTarget = { workspaceId: string; projectId: string; memoryId: string };

export async function writeGraph(target: TTarget, extraction: TExtraction): Promise<{ entities: number; relations: number }> {
  if (extraction.entities.length === 0) return { entities: 0, relations: 0 };
  const db = await getDb();
  const { workspaceId, projectId, memoryId } = target;
  return db.$transaction(async (tx) => {
    // New names are created; known ones are left as they are (first type and spelling win).
    await tx.memoryEntity.createMany({
      data: extraction.entities.map((e) => ({ workspaceId, projectId, type: e.type, name: e.name, normalizedName: e.key })),
      skipDuplicates: true,
    });
    const rows = await tx.memoryEntity.findMany({
      where: { workspaceId, projectId, normalizedName: { in: extraction.entities.map((e) => e.key) } },
      select: { id: true, normalizedName: true },
    });
    const ids = new Map(rows.map((r) => [r.normalizedName, r.id]));
    await tx.memoryMention.createMany({ data: rows.map((r) => ({ entityId: r.id, memoryId, workspaceId })), skipDuplicates: true });

    const relations = extraction.relations.flatMap((r) => {
      const fromId = ids.get(r.from);
      const toId = ids.get(r.to);
      return fromId && toId ? [{ fromId, toId, type: r.type, weight: r.weight }] : [];
    });
    if (relations.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "MemoryRelation" ("id", "workspaceId", "projectId", "fromId", "toId", "type", "weight", "sourceMemoryId")
        SELECT gen_random_uuid()::text, ${workspaceId}, ${projectId}, r."fromId", r."toId", r."type", r."weight", ${memoryId}
        FROM unnest(${relations.map((r) => r.fromId)}::text[], ${relations.map((r) => r.toId)}::text[], ${relations.map((r) => r.type)}::text[], ${relations.map((r) => r.weight)}::float8[])
          AS r("fromId", "toId", "type", "weight")
        ON CONFLICT ("fromId", "toId", "type") DO UPDATE SET "weight" = "MemoryRelation"."weight" + EXCLUDED."weight"`;
    }
    return { entities: ids.size, relations: relations.length };
  });
}
