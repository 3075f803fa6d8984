// The "no side effect twice" promise, tested the hard way: a run on the
// embedded runner in another process is killed with SIGKILL while its third
// layer of steps is calling the model; a new process finishes it.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { startFakeLlmServer, type FakeLlmServer } from "@/server/models/testing/fake-llm-server";
import { modelLikeReply, workspaceOnFakeServer } from "@/server/models/testing/gateway-harness";

const onPostgres = process.env.CORAL_TEST_DB === "postgres";
const children: ChildProcess[] = [];
let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
  fake.defaultReply = modelLikeReply({ input: 1_500, output: 700 }, 400);
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await fake.close();
});

function child(args: string[]): ChildProcess {
  // Node itself with tsx as a loader: the tsx CLI would run the app in a
  // grandchild that a SIGKILL of the CLI leaves running.
  const proc = spawn(process.execPath, ["--import", "tsx", "server/runs/testing/crash-child.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.CORAL_TEST_DATABASE_URL, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr?.on("data", (d: Buffer) => process.stderr.write(`[child] ${d.toString()}`));
  children.push(proc);
  return proc;
}

async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Which agent a request was for: the first line of its system prompt is "# <Agent name>". */
const agentOf = (body: Record<string, unknown>) => ((body.messages as { role: string; content: string }[])[0]?.content ?? "").split("\n")[0]!.replace(/^# /, "");

describe.skipIf(!onPostgres)("crash test: SIGKILL mid-run on the embedded runner", () => {
  it("finishes the run in a new process without re-running finished steps or duplicating output", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"], balanced: ["openai:gpt-4.1-mini"], deep: ["openai:gpt-4.1-mini"] } });
    const project = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Bookshop API", description: "" });
    const db = await getDb();

    const first = child(["start", ws.workspaceId, project.id]);
    const run = await until("the run", () => db.run.findFirst({ where: { workspaceId: ws.workspaceId } }));
    // Kill it while layer three (api_design ∥ database) is calling the model.
    await until("layer three in flight", async () => {
      const steps = await db.runStep.findMany({ where: { runId: run.id } });
      const state = Object.fromEntries(steps.map((s) => [s.stepId, s.status]));
      return state.architecture === "succeeded" && state.specification === "succeeded" && (state.api_design === "running" || state.database === "running");
    });
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const before = fake.requests.map((r) => agentOf(r.body));
    expect(before.filter((a) => a === "Project Architect")).toHaveLength(1);

    child(["resume"]);
    const done = await until("the run to finish", async () => {
      const r = await db.run.findUnique({ where: { id: run.id } });
      return r && ["succeeded", "failed"].includes(r.status) ? r : null;
    });
    expect(done.status).toBe("succeeded");

    const calls = fake.requests.map((r) => agentOf(r.body));
    const count = (agent: string) => calls.filter((a) => a === agent).length;
    // Steps 1–2 finished before the kill: never called again.
    expect(count("Project Architect")).toBe(1);
    expect(calls.filter((a) => a.startsWith("Technical Writer"))).toHaveLength(2); // specification, documentation
    // Every step ran; the interrupted ones at most twice (once more with the same key).
    const steps = await db.runStep.findMany({ where: { runId: run.id } });
    expect(steps.every((s) => s.status === "succeeded")).toBe(true);
    for (const s of steps) expect(s.attempts).toBeLessThanOrEqual(2);
    // No duplicated deliverable or handoff: one row per (step, type) and per (step, recipient).
    const artifacts = await db.artifact.findMany({ where: { runId: run.id } });
    expect(new Set(artifacts.map((a) => `${a.stepId}/${a.type}`)).size).toBe(artifacts.length);
    const handoffs = await db.handoffMessage.findMany({ where: { runId: run.id } });
    expect(new Set(handoffs.map((h) => `${h.fromStepId}/${h.toAgent}`)).size).toBe(handoffs.length);
    const perStep = await db.modelCall.groupBy({ by: ["stepId"], where: { runId: run.id, status: "ok" }, _count: { _all: true } });
    expect(perStep.find((p) => p.stepId === "architecture")!._count._all).toBe(1);
    expect(perStep.find((p) => p.stepId === "specification")!._count._all).toBe(1);
  }, 180_000);
});
