// Store things in a project's memory: chunk them, embed every chunk of the
// batch in one call, write an item per chunk (one statement), their vectors
// (one upsert, alongside in pgvector or in Pinecone), and merge the entities
// and relations found in them into the knowledge graph (one transaction).
// Storing the same source again updates it in place. Every step of every run
// stores its deliverables and handoffs this way, so the statement count per
// batch is what keeps a step cheap.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { chunkText, type TChunk } from "@/server/memory/chunk";
import { getEmbedder } from "@/server/memory/embedders/select-embedder";
import { OFFLINE_NOTICE } from "@/server/models/providers/offline/agent-answer";
import type { TWorkspaceScope } from "../shared/scope";
import { extractGraphs } from "./extract-graph";
import { writeGraph } from "./graph-writer";
import { upsertItems, type TItemRow } from "./item-writer";
import { isZeroVector } from "./reindex-memory";
import { getVectorStore } from "./vector-store-choice";

export const memoryKinds = ["decision", "deliverable", "handoff", "summary", "fact", "note"] as const;

export const ZStoreMemoryInput = z.object({
  projectId: z.string().min(1),
  kind: z.enum(memoryKinds),
  title: z.string().trim().min(1).max(200),
  content: z.string().trim().min(1, "is empty").max(200_000),
  runId: z.string().min(1).nullish(),
  agentId: z.string().min(1).nullish(),
  stepId: z.string().min(1).nullish(),
  sourceKey: z.string().min(1).max(300).optional(),
  importance: z.number().min(0).max(1).default(0.5),
  pinned: z.boolean().default(false),
});
export type TStoreMemoryInput = z.input<typeof ZStoreMemoryInput>;
export type TStoredMemory = { ids: string[]; entities: number; relations: number };

export async function storeMemory(scope: TWorkspaceScope, raw: TStoreMemoryInput): Promise<TStoredMemory> {
  const [stored] = await storeMemories(scope, [raw]);
  return stored!;
}

/** Store several items at once (a step's deliverables and handoffs): the same as one by one, in fewer statements. */
export async function storeMemories(scope: TWorkspaceScope, raws: TStoreMemoryInput[], signal?: AbortSignal): Promise<TStoredMemory[]> {
  const inputs = raws.map((raw) => ZStoreMemoryInput.parse(raw));
  if (inputs.length === 0) return [];
  const { workspaceId } = scope;
  const db = await getDb();
  const projectIds = [...new Set(inputs.map((i) => i.projectId))];
  const owned = await db.project.count({ where: { id: { in: projectIds }, workspaceId } });
  if (owned !== projectIds.length) throw notFound("Project");

  const plans = inputs.map((input) => ({ input, chunks: chunkText(input.content) }));
  const flat = plans.flatMap((plan, n) => plan.chunks.map((chunk) => ({ n, input: plan.input, chunk, count: plan.chunks.length })));
  const embedder = getEmbedder();
  const [vectors, graphs] = await Promise.all([
    embedder.embed(flat.map((f) => `${f.input.title}\n${f.chunk.text}`), signal),
    extractGraphs(
      workspaceId,
      plans.map(({ input, chunks }) => ({
        projectId: input.projectId,
        runId: input.runId ?? null,
        stepId: input.stepId ?? null,
        agentId: input.agentId ?? null,
        kind: input.kind,
        title: input.title,
        chunks,
        placeholder: input.content.includes(OFFLINE_NOTICE),
      })),
      signal,
    ),
  ]);

  const written = await upsertItems(workspaceId, flat.map((f): TItemRow => itemRow(f.input, f.chunk, f.count, embedder.name)));
  const ids = written.map((w) => w.id);

  // A source that shrank leaves chunks behind: remove them. Every version of a source had a chunk #0, so a
  // source whose chunk #0 is new had no chunks before (the common case: a step's new deliverables).
  let first = 0;
  const sources = plans.flatMap(({ input, chunks }) => {
    const existed = written[first]!.existed;
    first += chunks.length;
    return input.sourceKey && existed ? [`${input.sourceKey}#`] : [];
  });
  if (sources.length > 0) {
    const stale = await db.memoryItem.findMany({
      where: { workspaceId, OR: sources.map((prefix) => ({ sourceKey: { startsWith: prefix } })), id: { notIn: ids } },
      select: { id: true },
    });
    if (stale.length) await deleteItems(workspaceId, stale.map((s) => s.id));
  }

  // A chunk of stop words only has no direction to index (and a cosine index refuses it); an older vector of it goes.
  const store = await getVectorStore();
  const blank = flat.flatMap((_, i) => (isZeroVector(vectors[i]!) ? [i] : []));
  await store.upsert(flat.flatMap((f, i) => (isZeroVector(vectors[i]!) ? [] : [{ id: ids[i]!, workspaceId, projectId: f.input.projectId, kind: f.input.kind, runId: f.input.runId ?? null, agentId: f.input.agentId ?? null, embedder: embedder.name, values: vectors[i]! }])));
  const replacedBlank = blank.filter((i) => written[i]!.existed).map((i) => ids[i]!);
  if (replacedBlank.length > 0) await store.delete(workspaceId, replacedBlank);

  // The graph: one transaction per project (a batch is nearly always one project).
  const perItem = plans.map(() => ({ entities: 0, relations: 0 }));
  for (const projectId of projectIds) {
    const mine = flat.flatMap((f, i) => (f.input.projectId === projectId ? [{ f, i }] : []));
    const sourcesOf = mine.map(({ f, i }) => ({ memoryId: ids[i]!, extraction: graphs[f.n]![f.chunk.index]! }));
    await writeGraph({ workspaceId, projectId }, sourcesOf, mine.filter(({ i }) => written[i]!.existed).map(({ i }) => ids[i]!));
    for (const { f } of mine) {
      const extraction = graphs[f.n]![f.chunk.index]!;
      perItem[f.n]!.entities += extraction.entities.length;
      perItem[f.n]!.relations += extraction.relations.length;
    }
  }

  let at = 0;
  return plans.map((plan, n) => {
    const itemIds = ids.slice(at, at + plan.chunks.length);
    at += plan.chunks.length;
    return { ids: itemIds, ...perItem[n]! };
  });
}

function itemRow(input: z.output<typeof ZStoreMemoryInput>, chunk: TChunk, count: number, embedder: string): TItemRow {
  return {
    projectId: input.projectId,
    runId: input.runId ?? null,
    agentId: input.agentId ?? null,
    stepId: input.stepId ?? null,
    kind: input.kind,
    title: count > 1 ? `${input.title} (${chunk.index + 1}/${count})` : input.title,
    content: chunk.text,
    sourceKey: input.sourceKey ? `${input.sourceKey}#${chunk.index}` : null,
    importance: input.importance,
    pinned: input.pinned,
    tokens: chunk.tokens,
    embedder,
  };
}

/** Remove items: their vectors, their mentions (cascade), and relations they sourced. */
export async function deleteItems(workspaceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await (await getVectorStore()).delete(workspaceId, ids);
  await db.memoryRelation.deleteMany({ where: { workspaceId, sourceMemoryId: { in: ids } } });
  await db.memoryItem.deleteMany({ where: { workspaceId, id: { in: ids } } });
}
