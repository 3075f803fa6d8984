// Entities and relations for items being stored, chunk by chunk. When the
// workspace has a real model provider (not the offline model), a model reads
// the chunks (a few at a time, in one structured-output call through the
// gateway, so it is cached, budgeted and logged like any call); on any failure
// — provider down, budget spent, an answer that does not fit the schema — the
// rule-based extractor takes over. Without a provider, and for the offline
// model's placeholder drafts, the rules alone.
import { getGateway } from "@/server/models/gateway";
import { getModelContext } from "@/server/models/model-context";
import { extractEntities, type TExtraction } from "@/server/memory/graph/extract-entities";
import { creditToChunks, EXTRACTION_SYSTEM, extractionPrompt, fromModelExtraction, ZModelExtraction } from "@/server/memory/graph/model-extraction";

export type TGraphItem = {
  projectId: string;
  runId: string | null;
  stepId: string | null;
  agentId: string | null;
  kind: string;
  title: string;
  chunks: { text: string; tokens: number }[];
  /** The offline model's draft: its structure is made up from the task's words. */
  placeholder: boolean;
};

/** Chunks a model reads in one call. */
const GROUP_TOKENS = 3_000;
/** Model calls in flight at once for one store. */
const PARALLEL = 4;
const TIMEOUT_MS = 45_000;
/** For all of a store's extraction calls, retries included: past it, the rules answer for what is left. */
const DEADLINE_MS = 90_000;

/** Does the workspace answer with a real model? The same test the gateway's routing makes. */
export async function hasRealModel(workspaceId: string): Promise<boolean> {
  try {
    return (await getModelContext(workspaceId)).providers.length > 0;
  } catch {
    return false;
  }
}

function groupsOf(chunks: TGraphItem["chunks"]): number[][] {
  const groups: number[][] = [];
  let tokens = 0;
  chunks.forEach((chunk, i) => {
    const last = groups[groups.length - 1];
    if (last && tokens + chunk.tokens <= GROUP_TOKENS) {
      last.push(i);
      tokens += chunk.tokens;
    } else {
      groups.push([i]);
      tokens = chunk.tokens;
    }
  });
  return groups;
}

async function byModel(workspaceId: string, item: TGraphItem, group: number[], signal?: AbortSignal): Promise<TExtraction[]> {
  const texts = group.map((i) => item.chunks[i]!.text);
  const joined = texts.join("\n\n");
  const result = await getGateway().callModel({
    workspaceId,
    projectId: item.projectId,
    runId: item.runId,
    stepId: item.stepId,
    agentId: item.agentId,
    tier: "fast",
    system: EXTRACTION_SYSTEM,
    messages: [{ role: "user", content: extractionPrompt(item.title, joined) }],
    schema: ZModelExtraction,
    maxOutputTokens: 2_000,
    temperature: 0,
    timeoutMs: TIMEOUT_MS,
    signal,
  });
  if (!result.ok) throw new Error(result.message);
  return creditToChunks(fromModelExtraction(ZModelExtraction.parse(result.object), joined), texts);
}

/** One extraction per chunk of each item, in order. */
export async function extractGraphs(workspaceId: string, items: TGraphItem[], signal?: AbortSignal): Promise<TExtraction[][]> {
  const rules = (item: TGraphItem, i: number) => extractEntities(item.chunks[i]!.text, { placeholder: item.placeholder });
  const out = items.map((item) => item.chunks.map((_, i) => rules(item, i)));
  // Summaries restate handoffs the graph already has; placeholders have nothing a model could add.
  const wanted = items.flatMap((item, n) => (item.placeholder || item.kind === "summary" ? [] : groupsOf(item.chunks).map((group) => ({ n, group }))));
  if (wanted.length === 0 || !(await hasRealModel(workspaceId))) return out;

  const deadline = AbortSignal.any([AbortSignal.timeout(DEADLINE_MS), ...(signal ? [signal] : [])]);
  let next = 0;
  const worker = async () => {
    for (let job = wanted[next++]; job && !deadline.aborted; job = wanted[next++]) {
      const { n, group } = job;
      try {
        const found = await byModel(workspaceId, items[n]!, group, deadline);
        group.forEach((chunk, k) => (out[n]![chunk] = found[k]!));
      } catch {
        // Kept: the rules' extraction of these chunks. The failed call is on the model-call log.
        if (signal?.aborted) throw signal.reason;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, wanted.length) }, worker));
  return out;
}
