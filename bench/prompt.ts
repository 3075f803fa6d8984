// bench:prompt — render 10,000 prompts with realistic context (2–4 upstream
// deliverables of a few thousand tokens, handoffs, memory hits) across the
// whole catalogue, and print render-time percentiles and the cache hit ratio.
// About 30% of renders repeat a recent input, as a preview followed by the
// real step, or a resumed run, would.
import { builtInAgents } from "@/server/agents/catalogue";
import { clearPromptCache, promptCacheStats, renderPrompt, type TRenderPromptInput } from "@/server/agents/render-prompt";

const RENDERS = Number(process.env.BENCH_RENDERS ?? 10_000);
const REPEAT_SHARE = 0.3;

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const words = "service endpoint tenant workspace queue retry idempotent schema index migration token cache latency budget approval handoff deliverable contract pagination cursor webhook signature audit policy".split(" ");
const paragraph = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ") + ".";
const doc = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => `## Section ${i + 1}\n\n${paragraph(60)}\n\n${paragraph(45)}`).join("\n\n");

const agents = builtInAgents();
const docs = Array.from({ length: 40 }, () => doc(8 + Math.floor(random() * 12))); // ~1.5k–4k tokens each

function makeInput(i: number): TRenderPromptInput {
  const agent = pick(agents);
  return {
    agent,
    task: `Run ${i}: ${paragraph(40)}`,
    project: { name: "Task Manager", description: paragraph(30), facts: { has_ai_features: random() < 0.5, needs_mobile: random() < 0.3 }, repositoryUrl: "https://github.com/acme/tasks" },
    workspace: { name: "Acme" },
    inputs: Array.from({ length: 2 + Math.floor(random() * 3) }, (_, k) => ({ type: agent.dependencies[k] ?? `upstream_${k}`, name: `Deliverable ${k}`, fromAgent: pick(agents).id, content: pick(docs) })),
    handoffs: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({ fromAgent: pick(agents).id, summary: paragraph(50), nextTasks: [paragraph(10), paragraph(12)], at: new Date(Date.UTC(2026, 0, 1 + k)) })),
    memory: Array.from({ length: 8 }, () => ({ kind: pick(["decision", "fact", "summary"]), content: paragraph(35), score: random() })),
    maxTokens: 16_000,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

clearPromptCache();
const recent: TRenderPromptInput[] = [];
const all: number[] = [];
const misses: number[] = [];
const hits: number[] = [];
let trimmedRenders = 0;
let tokens = 0;
const started = performance.now();
for (let i = 0; i < RENDERS; i++) {
  const input = recent.length > 0 && random() < REPEAT_SHARE ? pick(recent) : makeInput(i);
  const t0 = performance.now();
  const out = renderPrompt(input);
  const ms = performance.now() - t0;
  all.push(ms);
  (out.cacheHit ? hits : misses).push(ms);
  if (out.trimmed.length) trimmedRenders++;
  tokens += out.tokenCount;
  recent.push(input);
  if (recent.length > 50) recent.shift();
}
const wall = performance.now() - started;
for (const list of [all, misses, hits]) list.sort((a, b) => a - b);
const stats = promptCacheStats();

console.log(`bench:prompt — ${RENDERS} renders over ${agents.length} agents, budget 16k tokens`);
console.log(`  all renders   p50 ${fmt(percentile(all, 50))}   p99 ${fmt(percentile(all, 99))}   max ${fmt(all.at(-1)!)}`);
console.log(`  cache misses  p50 ${fmt(percentile(misses, 50))}   p99 ${fmt(percentile(misses, 99))}   (${misses.length})`);
console.log(`  cache hits    p50 ${fmt(percentile(hits, 50))}   p99 ${fmt(percentile(hits, 99))}   (${hits.length})`);
console.log(`  cache hit ratio ${(stats.hitRatio * 100).toFixed(1)}%   mean prompt ${Math.round(tokens / RENDERS)} tokens   trimmed ${((trimmedRenders / RENDERS) * 100).toFixed(1)}% of renders`);
console.log(`  wall ${(wall / 1000).toFixed(1)} s   throughput ${Math.round(RENDERS / (wall / 1000))} renders/s`);
