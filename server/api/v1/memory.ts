// Memory: search what a project remembers (the explorer's hybrid search:
// vector similarity widened by the knowledge graph, reranked).
import { z } from "zod";
import { retrieveMemory } from "@/server/services/memory/retrieve-memory";
import { getProject } from "@/server/services/projects/get-project";
import { defineEndpoint } from "../endpoint";
import { ZId, ZTimestamp } from "./shared-schemas";

const ZMemorySearchQuery = z.object({
  projectId: ZId.describe("The project whose memory to search."),
  q: z.string().trim().min(1, "Write what to look for.").max(8_000, "Use at most 8,000 characters.").describe("A question or keywords."),
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(50, "Use at most 50.").default(10).describe("How many results, at most 50."),
});

const ZApiMemoryHit = z.object({
  id: z.string(),
  kind: z.string().describe("deliverable, handoff, summary, decision, fact or note."),
  title: z.string(),
  content: z.string(),
  score: z.number().describe("The rank: similarity, recency, importance, graph distance and pins combined."),
  similarity: z.number().nullable(),
  graphDistance: z.number().int().nullable().describe("Hops in the knowledge graph from what the question names; null if found by similarity only."),
  reasons: z.array(z.string()),
  pinned: z.boolean(),
  source: z.object({ runId: z.string().nullable(), agentId: z.string().nullable(), stepId: z.string().nullable() }),
  createdAt: ZTimestamp,
});

const ZMemorySearchResult = z
  .object({
    data: z.array(ZApiMemoryHit),
    embedder: z.object({ name: z.string(), offline: z.boolean().describe("true when the offline embedder (no provider key) produced the vectors.") }),
  })
  .describe("The best matches first; a ranked search has no further pages.");

export const memoryEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/memory/search",
    operationId: "searchMemory",
    summary: "Search a project's memory",
    tag: "Memory",
    permission: "project.read",
    query: ZMemorySearchQuery,
    response: ZMemorySearchResult,
    handler: async ({ scope, query }) => {
      const project = await getProject(scope, { projectId: query.projectId });
      const found = await retrieveMemory(scope, { projectId: project.id, query: query.q, topK: query.limit, budgetTokens: 20_000 });
      return {
        data: found.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
        embedder: { name: found.embedder, offline: found.offlineEmbedder },
      };
    },
  }),
];
