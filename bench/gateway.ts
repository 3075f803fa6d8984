// bench:gateway — what the model gateway costs and saves.
//  1. Overhead: the same calls straight through the AI SDK and through the
//     gateway (routing, budget reservation, breaker, cost, ModelCall row,
//     cache write), against a local OpenAI-wire server that answers at once.
//  2. Caching: a replayed workload of repeated prompts (a team re-running
//     and resuming workflows: 600 calls over 150 distinct prompts, Zipf-like),
//     priced at gpt-5 list prices, with and without the response cache.
// BENCH_DB=postgres uses the local PostgreSQL (TEST_POSTGRES_URL); the
// default is an in-memory PGlite, so it runs anywhere.
import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";
import { startFakeLlmServer } from "@/server/models/testing/fake-llm-server";
import { testGateway, workspaceOnFakeServer } from "@/server/models/testing/gateway-harness";
import { costOf, microsToUsd } from "@/server/models/cost";
import { openBenchDatabase } from "./bench-database";

const CALLS = Number(process.env.BENCH_CALLS ?? 400);
const REPLAY = 600;
const DISTINCT = 150;

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main() {
  const db = await openBenchDatabase();
  const fake = await startFakeLlmServer();
  const ws = await workspaceOnFakeServer(fake, { tierModels: { balanced: ["openai:gpt-5"] } });
  const { gateway } = testGateway();
  const sdk = createOpenAI({ apiKey: "sk-bench", baseURL: fake.openaiBaseUrl }).chat("gpt-5");
  fake.defaultReply = () => ({ text: "ok", usage: { input: 3000, output: 800 } });
  const prompt = (i: number) => [{ role: "user" as const, content: `Write the API spec section ${i} for the task manager.` }];

  // Warm both paths (JIT, connection pool, SDK client).
  for (let i = 0; i < 30; i++) {
    await generateText({ model: sdk, messages: prompt(-i), maxRetries: 0 });
    await gateway.callModel({ workspaceId: ws.workspaceId, messages: prompt(-i), cache: "bypass" });
  }
  const direct: number[] = [];
  const viaGateway: number[] = [];
  const cacheHits: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    let t = performance.now();
    await generateText({ model: sdk, messages: prompt(i), maxRetries: 0 });
    direct.push(performance.now() - t);
    t = performance.now();
    await gateway.callModel({ workspaceId: ws.workspaceId, messages: prompt(i) });
    viaGateway.push(performance.now() - t);
    t = performance.now();
    await gateway.callModel({ workspaceId: ws.workspaceId, messages: prompt(i) });
    cacheHits.push(performance.now() - t);
  }

  // Replay: a few prompts are re-run often, most rarely.
  gateway.deps.cache.clearLocal();
  const weights = Array.from({ length: DISTINCT }, (_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const draw = () => {
    let r = random() * total;
    for (let k = 0; k < DISTINCT; k++) if ((r -= weights[k]!) <= 0) return k;
    return DISTINCT - 1;
  };
  const before = fake.count("gpt-5");
  let withCache = 0;
  let withoutCache = 0;
  for (let i = 0; i < REPLAY; i++) {
    const k = draw();
    const r = await gateway.callModel({ workspaceId: ws.workspaceId, messages: [{ role: "user", content: `Replay prompt ${k}: review the backend for the release.` }] });
    if (!r.ok) throw new Error("unexpected budget refusal");
    withCache += r.costUsd;
    withoutCache += microsToUsd(costOf("openai", "gpt-5", r.usage).micros);
  }
  const upstream = fake.count("gpt-5") - before;

  const overhead = viaGateway.map((v, i) => v - direct[i]!);
  console.log(`bench:gateway — ${CALLS} calls per path, database: ${db.label}, local OpenAI-wire server answering at once`);
  console.log(`  direct SDK call           p50 ${ms(percentile(direct, 50))}   p99 ${ms(percentile(direct, 99))}`);
  console.log(`  through the gateway       p50 ${ms(percentile(viaGateway, 50))}   p99 ${ms(percentile(viaGateway, 99))}`);
  console.log(`  gateway overhead          p50 ${ms(percentile(overhead, 50))}   p99 ${ms(percentile(overhead, 99))}`);
  console.log(`  cache hit (L1) end to end p50 ${ms(percentile(cacheHits, 50))}   p99 ${ms(percentile(cacheHits, 99))}`);
  console.log(`replay — ${REPLAY} calls over ${DISTINCT} distinct prompts (3,000 in / 800 out tokens each, gpt-5 list prices)`);
  console.log(`  upstream calls ${upstream} of ${REPLAY} (hit ratio ${((1 - upstream / REPLAY) * 100).toFixed(1)}%)`);
  console.log(`  cost without cache $${withoutCache.toFixed(2)}, with cache $${withCache.toFixed(2)}: ${((1 - withCache / withoutCache) * 100).toFixed(1)}% less`);

  await fake.close();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
