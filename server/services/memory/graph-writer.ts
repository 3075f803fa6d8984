// Merge extracted entities and relations into a project's knowledge graph:
// entities by normalised name (per project), relations by (from, to, type)
// with weights added up, and a mention linking each entity to the memory item
// it came from.
import { getDb } from "@/server/db/client";
import type { TExtraction } from "@/server/memory/graph/extract-entities";

type TTarget = { workspaceId: string; projectId: string; memoryId: string };

export async function writeGraph(target: TTarget, extraction: TExtraction): Promise<{ entities: number; relations: number }> {
  if (extraction.entities.length === 0) return { entities: 0, relations: 0 };
  const db = await getDb();
  const { workspaceId, projectId, memoryId } = target;
  return db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const e of extraction.entities) {
      const row = await tx.memoryEntity.upsert({
        where: { projectId_normalizedName: { projectId, normalizedName: e.key } },
        create: { workspaceId, projectId, type: e.type, name: e.name, normalizedName: e.key },
        update: {},
        select: { id: true, workspaceId: true },
      });
      if (row.workspaceId !== workspaceId) throw new Error("Entity belongs to another workspace."); // cannot happen: projects belong to one workspace
      ids.set(e.key, row.id);
      await tx.memoryMention.upsert({ where: { entityId_memoryId: { entityId: row.id, memoryId } }, create: { entityId: row.id, memoryId, workspaceId }, update: {} });
    }
    let relations = 0;
    for (const r of extraction.relations) {
      const fromId = ids.get(r.from);
      const toId = ids.get(r.to);
      if (!fromId || !toId) continue;
      await tx.memoryRelation.upsert({
        where: { fromId_toId_type: { fromId, toId, type: r.type } },
        create: { workspaceId, projectId, fromId, toId, type: r.type, weight: r.weight, sourceMemoryId: memoryId },
        update: { weight: { increment: r.weight } },
      });
      relations++;
    }
    return { entities: ids.size, relations };
  });
}
