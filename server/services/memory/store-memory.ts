// Store something in a project's memory: chunk it, embed the chunks in one
// batch, write an item per chunk (the vector alongside, or in Pinecone), and
// merge the entities and relations found in it into the knowledge graph.
// Storing the same source again updates it in place.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { chunkText } from "@/server/memory/chunk";
import { getEmbedder } from "@/server/memory/embedders/select-embedder";
import { extractEntities } from "@/server/memory/graph/extract-entities";
import type { TWorkspaceScope } from "../shared/scope";
import { writeGraph } from "./graph-writer";
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

export async function storeMemory(scope: TWorkspaceScope, raw: TStoreMemoryInput): Promise<{ ids: string[]; entities: number; relations: number }> {
  const input = ZStoreMemoryInput.parse(raw);
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { id: true } });
  if (!project) throw notFound("Project");

  const chunks = chunkText(input.content);
  const embedder = getEmbedder();
  const vectors = await embedder.embed(chunks.map((c) => `${input.title}\n${c.text}`));
  const base = { workspaceId: scope.workspaceId, projectId: project.id, runId: input.runId ?? null, agentId: input.agentId ?? null, stepId: input.stepId ?? null, kind: input.kind, importance: input.importance, pinned: input.pinned, embedder: embedder.name };

  const ids: string[] = [];
  for (const chunk of chunks) {
    const title = chunks.length > 1 ? `${input.title} (${chunk.index + 1}/${chunks.length})` : input.title;
    const data = { ...base, title, content: chunk.text, tokens: chunk.tokens };
    const row = input.sourceKey
      ? await db.memoryItem.upsert({
          where: { workspaceId_sourceKey: { workspaceId: scope.workspaceId, sourceKey: `${input.sourceKey}#${chunk.index}` } },
          create: { ...data, sourceKey: `${input.sourceKey}#${chunk.index}` },
          update: data,
          select: { id: true },
        })
      : await db.memoryItem.create({ data, select: { id: true } });
    ids.push(row.id);
  }
  // A source that shrank leaves chunks behind: remove them.
  if (input.sourceKey) {
    const stale = await db.memoryItem.findMany({ where: { workspaceId: scope.workspaceId, sourceKey: { startsWith: `${input.sourceKey}#` }, id: { notIn: ids } }, select: { id: true } });
    if (stale.length) await deleteItems(scope.workspaceId, stale.map((s) => s.id));
  }

  const store = await getVectorStore();
  await store.upsert(ids.map((id, i) => ({ id, workspaceId: scope.workspaceId, projectId: project.id, kind: input.kind, runId: base.runId, agentId: base.agentId, values: vectors[i]! })));

  let entities = 0;
  let relations = 0;
  for (const [i, chunk] of chunks.entries()) {
    const written = await writeGraph({ workspaceId: scope.workspaceId, projectId: project.id, memoryId: ids[i]! }, extractEntities(chunk.text));
    entities += written.entities;
    relations += written.relations;
  }
  return { ids, entities, relations };
}

/** Remove items: their vectors, their mentions (cascade), and relations they sourced. */
export async function deleteItems(workspaceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await (await getVectorStore()).delete(workspaceId, ids);
  await db.memoryRelation.deleteMany({ where: { workspaceId, sourceMemoryId: { in: ids } } });
  await db.memoryItem.deleteMany({ where: { workspaceId, id: { in: ids } } });
}
