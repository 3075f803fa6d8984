// Retrieve what a project remembers about a question: nearest items by vector
// (scoped to the workspace and project, over a score threshold), widened by
// the knowledge graph (items mentioning entities within two hops of the
// entities the hits and the question name), reranked by similarity, recency,
// importance, graph distance and pins, and trimmed to a token budget. Only
// vectors the active embedder made are compared with the question's: items
// another embedder indexed wait for the re-index, reachable meanwhile through
// the graph alone.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { getEmbedder } from "@/server/memory/embedders/select-embedder";
import { normaliseName } from "@/server/memory/graph/extract-entities";
import type { TWorkspaceScope } from "../shared/scope";
import { itemsMentioning, walkGraph } from "./graph-walk";
import { memoryKinds } from "./store-memory";
import { getVectorStore } from "./vector-store-choice";

export const ZRetrieveMemoryInput = z.object({
  projectId: z.string().min(1),
  query: z.string().trim().min(1, "is empty").max(8_000),
  topK: z.number().int().min(1).max(50).default(6),
  kinds: z.array(z.enum(memoryKinds)).optional(),
  runId: z.string().min(1).optional(),
  /** Only what this agent produced. */
  agentId: z.string().min(1).optional(),
  /** Leave out this run's own items (an agent step already receives them as inputs). */
  excludeRunId: z.string().min(1).optional(),
  budgetTokens: z.number().int().min(50).max(20_000).default(1_500),
  minScore: z.number().min(-1).max(1).default(0.12),
  hops: z.number().int().min(0).max(3).default(2),
});
export type TRetrieveMemoryInput = z.input<typeof ZRetrieveMemoryInput>;

export type TRetrievedMemory = {
  id: string;
  kind: string;
  title: string;
  content: string;
  score: number;
  similarity: number | null;
  graphDistance: number | null;
  reasons: string[];
  pinned: boolean;
  source: { runId: string | null; agentId: string | null; stepId: string | null };
  createdAt: Date;
};

const WEIGHTS = { similarity: 0.55, recency: 0.12, importance: 0.13, graph: 0.2 };

export async function retrieveMemory(scope: TWorkspaceScope, raw: TRetrieveMemoryInput): Promise<{ items: TRetrievedMemory[]; embedder: string; offlineEmbedder: boolean }> {
  const q = ZRetrieveMemoryInput.parse(raw);
  const db = await getDb();
  const embedder = getEmbedder();
  const [vector] = await embedder.embed([q.query]);
  const store = await getVectorStore();
  const matches = await store.query({ workspaceId: scope.workspaceId, projectId: q.projectId, kinds: q.kinds, runId: q.runId, agentId: q.agentId, embedder: embedder.name, values: vector!, topK: q.topK * 4, minScore: q.minScore });
  const similarity = new Map(matches.map((m) => [m.id, m.score]));

  // Graph: start from entities the best hits mention and entities the question names.
  let distance = new Map<string, number>();
  if (q.hops > 0) {
    const top = matches.slice(0, q.topK).map((m) => m.id);
    // Punctuation around words is not part of a name: "…in Redis?" names redis.
    const question = ` ${normaliseName(q.query).replace(/[?!,;:()[\]"]/g, " ").replace(/\.(?=\s|$)/g, " ").replace(/\s+/g, " ")} `;
    // Entities the question names (as whole words), found by the database rather than by loading every entity of the project.
    const [mentioned, named] = await Promise.all([
      db.memoryMention.findMany({ where: { workspaceId: scope.workspaceId, memoryId: { in: top } }, select: { entityId: true } }),
      db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "MemoryEntity"
        WHERE "workspaceId" = ${scope.workspaceId} AND "projectId" = ${q.projectId}
          AND length("normalizedName") > 2 AND strpos(${question}, ' ' || "normalizedName" || ' ') > 0`,
    ]);
    const seeds = new Set([...mentioned.map((m) => m.entityId), ...named.map((e) => e.id)]);
    distance = await itemsMentioning(scope.workspaceId, await walkGraph(scope.workspaceId, q.projectId, [...seeds], q.hops));
  }

  const ids = [...new Set([...similarity.keys(), ...distance.keys()])];
  const rows = await db.memoryItem.findMany({
    where: { workspaceId: scope.workspaceId, projectId: q.projectId, id: { in: ids }, ...(q.kinds ? { kind: { in: q.kinds } } : {}), ...(q.runId ? { runId: q.runId } : {}), ...(q.agentId ? { agentId: q.agentId } : {}), ...(q.excludeRunId ? { NOT: { runId: q.excludeRunId } } : {}), OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
  });
  const now = Date.now();
  const ranked = rows
    .map((row) => {
      // A similarity counts only for a vector of the active embedder (the row says which made it).
      const sim = row.embedder === embedder.name ? (similarity.get(row.id) ?? null) : null;
      const hop = distance.get(row.id) ?? null;
      const recency = Math.exp(-(now - row.updatedAt.getTime()) / (30 * 86_400_000));
      const graph = hop === null ? 0 : 1 / (1 + hop);
      // Summaries stand in for old material: they gain as the history ages.
      const summaryBoost = row.kind === "summary" ? 0.05 * (1 - recency) : 0;
      const score = WEIGHTS.similarity * Math.max(0, sim ?? 0) + WEIGHTS.recency * recency + WEIGHTS.importance * row.importance + WEIGHTS.graph * graph + (row.pinned ? 0.1 : 0) + summaryBoost;
      const reasons = [
        ...(sim !== null ? [`similar to the question (${sim.toFixed(2)})`] : []),
        ...(hop !== null ? [hop === 0 ? "mentions an entity the question or a top hit names" : `linked in the graph (${hop} hop${hop > 1 ? "s" : ""})`] : []),
        ...(row.pinned ? ["pinned"] : []),
      ];
      return { row, sim, hop, score, reasons };
    })
    .filter((r) => r.sim !== null || r.hop !== null)
    .sort((a, b) => b.score - a.score);

  const items: TRetrievedMemory[] = [];
  let tokens = 0;
  for (const r of ranked) {
    if (items.length >= q.topK) break;
    if (tokens + r.row.tokens > q.budgetTokens && items.length > 0) continue;
    tokens += r.row.tokens;
    items.push({
      id: r.row.id,
      kind: r.row.kind,
      title: r.row.title,
      content: r.row.content,
      score: Number(r.score.toFixed(4)),
      similarity: r.sim === null ? null : Number(r.sim.toFixed(4)),
      graphDistance: r.hop,
      reasons: r.reasons,
      pinned: r.row.pinned,
      source: { runId: r.row.runId, agentId: r.row.agentId, stepId: r.row.stepId },
      createdAt: r.row.createdAt,
    });
  }
  return { items, embedder: embedder.label, offlineEmbedder: embedder.offline };
}
