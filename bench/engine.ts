// bench:engine — what durable orchestration costs per step, and how many runs
// the embedded runner gets through.
//  1. Overhead: the same 5-step chain (architect → writer → backend → QA →
//     devops) as a bare loop (render prompt, call the gateway, parse) and as a
//     run on the embedded runner (journal, step rows, artifacts, handoffs,
//     progress), with the in-process offline model answering.
//  2. Throughput: 100 five-step runs started at once across 20 workspaces.
// BENCH_DB=postgres uses the local PostgreSQL; default: in-memory PGlite.
import { builtInAgent } from "@/server/agents/catalogue";
import { parseAgentResponse } from "@/server/agents/parse-response";
import { renderPrompt } from "@/server/agents/render-prompt";
import { getDb } from "@/server/db/client";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { getGateway } from "@/server/models/gateway";
import { RUN_REQUESTED } from "@/inngest/functions/run-workflow";
import { createRunRecord } from "@/server/services/runs/create-run-record";
import { workspaceAgentResolver } from "@/server/services/runs/resolve-run-agents";
import { makeWorkspace } from "@/server/testing/fixtures";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { openBenchDatabase } from "./bench-database";

const CHAIN = ["project_architect", "technical_writer_phase1", "backend_developer", "qa_testing", "devops_deployment"] as const;
const definition = ZWorkflowDefinition.parse({
  name: "Five-step chain",
  steps: CHAIN.map((agent, i) => ({ id: `s${i + 1}`, agent, dependsOn: i === 0 ? [] : [`s${i}`] })),
});
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function startChainRun(workspaceId: string, projectId: string, task: string): Promise<string> {
  const resolver = await workspaceAgentResolver({ workspaceId, actor: null }, definition);
  const agents = Object.fromEntries(definition.steps.map((s) => [s.id, resolver.resolve(CHAIN[Number(s.id.slice(1)) - 1]!, "latest")!]));
  const run = await createRunRecord({ workspaceId, projectId, workflowRef: "bench:chain", workflowName: definition.name, definition, agents, task, engine: "embedded", startedById: null });
  await (await embeddedRunner()).send({ name: RUN_REQUESTED, data: { runId: run.id, workspaceId } });
  return run.id;
}

async function bareChain(workspaceId: string, task: string): Promise<void> {
  let upstream: { type: string; name: string; fromAgent: string; content: string }[] = [];
  for (const id of CHAIN) {
    const agent = builtInAgent(id)!;
    const prompt = renderPrompt({ agent, task, project: { name: "Bench", description: "", facts: {} }, workspace: { name: "Bench" }, inputs: upstream });
    const result = await getGateway().callModel({ workspaceId, agentId: id, tier: agent.modelTier, system: prompt.system, messages: prompt.messages, maxOutputTokens: 8_192, onDelta: () => {} });
    if (!result.ok) throw new Error("budget");
    const parsed = parseAgentResponse(result.text, agent);
    upstream = parsed.deliverables.map((d) => ({ type: d.type, name: d.type, fromAgent: id, content: d.content }));
  }
}

async function main() {
  const db = await openBenchDatabase();
  const ws = await makeWorkspace("Bench");
  const project = await (await getDb()).project.create({ data: { workspaceId: ws.workspace.id, name: "Bench", slug: "bench" } });
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

  for (let i = 0; i < 3; i++) await bareChain(ws.workspace.id, `warm-up ${i}`); // JIT, tokenizer, caches
  const bare: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await bareChain(ws.workspace.id, `Bare chain ${i}: a bookshop API with orders and stock.`);
    bare.push((performance.now() - t) / CHAIN.length);
    t = performance.now();
    await startChainRun(ws.workspace.id, project.id, `Engine chain ${i}: a bookshop API with orders and stock.`);
    await (await embeddedRunner()).idle();
    engine.push((performance.now() - t) / CHAIN.length);
  }
  const overhead = engine.map((e, i) => e - bare[i]!);

  // Throughput: 100 runs at once over 20 workspaces (3 active runs per workspace, 8 per process).
  const spaces = await Promise.all(Array.from({ length: 20 }, (_, i) => makeWorkspace(`Tenant ${i}`)));
  const projects = await Promise.all(spaces.map((s, i) => getDb().then((d) => d.project.create({ data: { workspaceId: s.workspace.id, name: "P", slug: `p${i}` } }))));
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 100 }, (_, i) => startChainRun(spaces[i % 20]!.workspace.id, projects[i % 20]!.id, `Run ${i}: an invoicing service for freelancers.`)));
  await (await embeddedRunner()).idle();
  const seconds = (performance.now() - t0) / 1000;
  const succeeded = await (await getDb()).run.count({ where: { workflowRef: "bench:chain", status: "succeeded" } });

  console.log(`bench:engine — 5-step chain, offline model in process, database: ${db.label}`);
  console.log(`  bare loop per step          p50 ${ms(percentile(bare, 50))}   p99 ${ms(percentile(bare, 99))}`);
  console.log(`  embedded runner per step    p50 ${ms(percentile(engine, 50))}   p99 ${ms(percentile(engine, 99))}`);
  console.log(`  orchestration overhead      p50 ${ms(percentile(overhead, 50))}   p99 ${ms(percentile(overhead, 99))}  per step`);
  console.log(`throughput — 100 concurrent 5-step runs over 20 workspaces: ${seconds.toFixed(1)} s, ${(100 / seconds).toFixed(1)} runs/s, ${(500 / seconds).toFixed(1)} steps/s; ${succeeded - ROUNDS} of 100 succeeded`);
  await stopEmbeddedRunner();
  await db.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
