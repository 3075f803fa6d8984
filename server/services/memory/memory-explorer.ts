// What the memory explorer reads and changes: a project's items (filtered by
// kind, agent, run), one item with the entities it mentions, pin / edit /
// delete, and the graph of entities and relations with degree centrality.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { deleteItems, memoryKinds, storeMemory } from "./store-memory";

export const ZListMemoryInput = z.object({
  projectId: z.string().min(1),
  kinds: z.array(z.enum(memoryKinds)).optional(),
  agentId: z.string().min(1).optional(),
  runId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const ZMemoryItemInput = z.object({ projectId: z.string().min(1), itemId: z.string().min(1) });
export const ZUpdateMemoryInput = ZMemoryItemInput.extend({
  title: z.string().trim().min(1).max(200).optional(),
  content: z.string().trim().min(1, "is empty").max(200_000).optional(),
  pinned: z.boolean().optional(),
  importance: z.number().min(0).max(1).optional(),
});
export const ZMemoryGraphInput = z.object({ projectId: z.string().min(1), limit: z.number().int().min(5).max(500).default(150) });

async function ownItem(scope: TWorkspaceScope, projectId: string, itemId: string) {
  const db = await getDb();
  const item = await db.memoryItem.findFirst({ where: { id: itemId, projectId, workspaceId: scope.workspaceId } });
  if (!item) throw notFound("Memory item");
  return item;
}

const itemView = (i: { id: string; kind: string; title: string; content: string; runId: string | null; agentId: string | null; stepId: string | null; importance: number; pinned: boolean; tokens: number; embedder: string; createdAt: Date; updatedAt: Date }) => ({
  id: i.id, kind: i.kind, title: i.title, content: i.content, runId: i.runId, agentId: i.agentId, stepId: i.stepId, importance: i.importance, pinned: i.pinned, tokens: i.tokens, embedder: i.embedder, createdAt: i.createdAt, updatedAt: i.updatedAt,
});

export async function listMemory(scope: TWorkspaceScope, raw: z.input<typeof ZListMemoryInput>) {
  const q = ZListMemoryInput.parse(raw);
  const db = await getDb();
  const where = { workspaceId: scope.workspaceId, projectId: q.projectId, ...(q.kinds ? { kind: { in: q.kinds } } : {}), ...(q.agentId ? { agentId: q.agentId } : {}), ...(q.runId ? { runId: q.runId } : {}) };
  const [items, total, kinds, agents] = await Promise.all([
    db.memoryItem.findMany({ where, orderBy: [{ pinned: "desc" }, { updatedAt: "desc" }], take: q.limit }),
    db.memoryItem.count({ where }),
    db.memoryItem.groupBy({ by: ["kind"], where: { workspaceId: scope.workspaceId, projectId: q.projectId }, _count: { _all: true } }),
    db.memoryItem.groupBy({ by: ["agentId"], where: { workspaceId: scope.workspaceId, projectId: q.projectId, agentId: { not: null } }, _count: { _all: true } }),
  ]);
  return { items: items.map(itemView), total, facets: { kinds: kinds.map((k) => ({ kind: k.kind, count: k._count._all })), agents: agents.map((a) => ({ agentId: a.agentId!, count: a._count._all })) } };
}

export async function getMemoryItem(scope: TWorkspaceScope, raw: z.input<typeof ZMemoryItemInput>) {
  const { projectId, itemId } = ZMemoryItemInput.parse(raw);
  const item = await ownItem(scope, projectId, itemId);
  const db = await getDb();
  const mentions = await db.memoryMention.findMany({ where: { workspaceId: scope.workspaceId, memoryId: item.id }, include: { entity: { select: { id: true, name: true, type: true } } } });
  return { ...itemView(item), entities: mentions.map((m) => m.entity) };
}

/** Edits re-embed and re-extract (stored again under the same source); pin and importance only update the row. */
export async function updateMemoryItem(scope: TWorkspaceScope, raw: z.input<typeof ZUpdateMemoryInput>) {
  const input = ZUpdateMemoryInput.parse(raw);
  const item = await ownItem(scope, input.projectId, input.itemId);
  const db = await getDb();
  if (input.content !== undefined || input.title !== undefined) {
    const sourceKey = item.sourceKey ?? `item:${item.id}`;
    if (!item.sourceKey) await db.memoryItem.update({ where: { id: item.id, workspaceId: scope.workspaceId }, data: { sourceKey: `${sourceKey}#0` } });
    const base = sourceKey.replace(/#\d+$/, "");
    // Stored again under its source: the same id, its old mentions and relations replaced.
    await storeMemory(scope, {
      projectId: item.projectId,
      kind: item.kind as (typeof memoryKinds)[number],
      title: input.title ?? item.title,
      content: input.content ?? item.content,
      runId: item.runId,
      agentId: item.agentId,
      stepId: item.stepId,
      sourceKey: base,
      importance: input.importance ?? item.importance,
      pinned: input.pinned ?? item.pinned,
    });
  } else {
    await db.memoryItem.update({ where: { id: item.id, workspaceId: scope.workspaceId }, data: { pinned: input.pinned, importance: input.importance } });
  }
  return getMemoryItem(scope, { projectId: item.projectId, itemId: item.id }).catch(() => null);
}

export async function deleteMemoryItem(scope: TWorkspaceScope, raw: z.input<typeof ZMemoryItemInput>) {
  const { projectId, itemId } = ZMemoryItemInput.parse(raw);
  const item = await ownItem(scope, projectId, itemId);
  await deleteItems(scope.workspaceId, [item.id]);
  // Entities no longer mentioned by anything go too.
  const db = await getDb();
  await db.memoryEntity.deleteMany({ where: { workspaceId: scope.workspaceId, projectId, mentions: { none: {} } } });
}

export async function memoryGraph(scope: TWorkspaceScope, raw: z.input<typeof ZMemoryGraphInput>) {
  const { projectId, limit } = ZMemoryGraphInput.parse(raw);
  const db = await getDb();
  const [entities, relations] = await Promise.all([
    db.memoryEntity.findMany({ where: { workspaceId: scope.workspaceId, projectId }, include: { _count: { select: { mentions: true } } } }),
    db.memoryRelation.findMany({ where: { workspaceId: scope.workspaceId, projectId }, select: { id: true, fromId: true, toId: true, type: true, weight: true } }),
  ]);
  // Degree centrality (weighted): the most connected entities first.
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.fromId, (degree.get(r.fromId) ?? 0) + r.weight);
    degree.set(r.toId, (degree.get(r.toId) ?? 0) + r.weight);
  }
  const max = Math.max(1, ...degree.values());
  const kept = entities
    .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e._count.mentions, centrality: (degree.get(e.id) ?? 0) / max }))
    .sort((a, b) => b.centrality - a.centrality || b.mentions - a.mentions)
    .slice(0, limit);
  const ids = new Set(kept.map((e) => e.id));
  return { entities: kept, relations: relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId)), totalEntities: entities.length };
}

export async function entitySources(scope: TWorkspaceScope, raw: { projectId: string; entityId: string }) {
  const db = await getDb();
  const entity = await db.memoryEntity.findFirst({ where: { id: raw.entityId, projectId: raw.projectId, workspaceId: scope.workspaceId } });
  if (!entity) throw notFound("Entity");
  const mentions = await db.memoryMention.findMany({ where: { workspaceId: scope.workspaceId, entityId: entity.id }, include: { memory: true }, take: 50 });
  return { entity: { id: entity.id, name: entity.name, type: entity.type }, sources: mentions.map((m) => itemView(m.memory)) };
}
