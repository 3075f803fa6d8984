// The run endpoints over the REST pipeline with real API keys: runs started
// over the API finish on the embedded runner with the offline model; gates are
// approved, runs cancelled and resumed; lists page; another workspace's ids are
// not found; bad input is a 422 naming the field; missing scopes are a 403.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { makeWorkspace } from "@/server/testing/fixtures";
import { apiClientFor, type TApiAnswer } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
type TRun = { id: string; status: string; number: number; workflow: { kind: string; id: string; version: number | null; name: string }; steps: { id: string; status: string; kind: string; provider: string | null; model: string | null; agent: { id: string } | null; inputTokens: number; outputTokens: number; startedAt: string | null; durationMs: number | null; reused: boolean }[]; approvals: { id: string; status: string; comment: string | null; input: string | null; decidedBy: string | null }[]; artifacts: { id: string }[] };

const TASK = "Build a task manager where teams create projects, assign tasks and track deadlines.";
const idle = async () => (await embeddedRunner()).idle();

let a: TClient; // write + runs:execute in workspace A
let aRead: TClient; // read only in workspace A
let b: TClient; // admin in workspace B
let projectA: string;
let projectB: string;

beforeAll(async () => {
  const wa = await makeWorkspace("Alpha");
  const wb = await makeWorkspace("Beta");
  a = await apiClientFor(wa.workspace.id, ["read", "write", "runs:execute"]);
  aRead = await apiClientFor(wa.workspace.id, ["read"]);
  b = await apiClientFor(wb.workspace.id, ["admin"]);
  projectA = (await a.call("POST", "/projects", { body: { name: "Task manager", description: "A task manager for small teams" } })).body.id;
  projectB = (await b.call("POST", "/projects", { body: { name: "Other" } })).body.id;
});
afterAll(() => stopEmbeddedRunner());

const expectProblem = (answer: TApiAnswer, status: number, fields: string[] = []) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  expect(answer.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  if (fields.length) expect((answer.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(fields));
};

async function start(workflowId: string, input: Record<string, unknown> = { task: TASK }): Promise<TRun> {
  const answer = await a.call("POST", "/runs", { body: { projectId: projectA, workflowId, input } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return answer.body as TRun;
}
const read = async (id: string) => (await a.call("GET", `/runs/${id}`)).body as TRun;

describe("POST /runs and GET /runs/{id}", () => {
  it("starts a template run that finishes on the embedded runner, with each step's agent, model, provider, tokens and timings", async () => {
    const started = await start("mvp");
    expect(started).toMatchObject({ workflow: { kind: "template", id: "mvp", version: null, name: "MVP" }, project: { id: projectA }, task: TASK, startedBy: null });
    expect(["queued", "running"]).toContain(started.status);
    await idle();
    const run = await read(started.id);
    expect(run).toMatchObject({ status: "succeeded", error: null, offline: true, progress: { total: 4, done: 4 } });
    expect(run.steps.map((s) => s.id)).toEqual(["architecture", "build", "qa", "deploy"]);
    for (const step of run.steps) {
      expect(step).toMatchObject({ status: "succeeded", kind: "agent", provider: "offline", model: "offline-model", error: null, reused: false });
      expect(step.agent!.id).toMatch(/^[a-z_]+$/);
      expect(step.inputTokens).toBeGreaterThan(0);
      expect(step.outputTokens).toBeGreaterThan(0);
      expect(Date.parse(step.startedAt!)).not.toBeNaN();
      expect(step.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(run.artifacts.length).toBeGreaterThan(0);
  });

  it("runs a workspace workflow by id, at a chosen version", async () => {
    const created = await a.call("POST", "/workflows", { body: { name: "Our MVP", fromTemplate: "mvp" } });
    expect(created.status).toBe(201);
    const started = await start(created.body.id, { task: TASK, version: 1 });
    expect(started.workflow).toMatchObject({ kind: "workspace", id: created.body.id, version: 1, name: "Our MVP" });
    await idle();
    expect((await read(started.id)).status).toBe("succeeded");
  });

  it("replays the first answer for a repeated Idempotency-Key instead of starting a second run", async () => {
    const init = { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK } }, headers: { "Idempotency-Key": "start-once-1" } };
    const first = await a.call("POST", "/runs", init);
    const again = await a.call("POST", "/runs", init);
    expect(again.status).toBe(202);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    await idle();
  });

  it("answers 422 naming each bad field", async () => {
    expectProblem(await a.call("POST", "/runs", { body: {} }), 422, ["body.projectId", "body.workflowId", "body.input"]);
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: "short" } } }), 422, ["body.input.task"]);
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK, version: 2 } } }), 422, ["body.input.version"]);
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK, colour: "red" } } }), 422, ["body.input"]);
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: `${TASK}\u0000` } } }), 422, ["body.input.task"]);
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK, version: 1e12 } } }), 422, ["body.input.version"]);
    expectProblem(await a.call("POST", "/runs", { raw: "{not json" }), 400);
  });

  it("answers 404 for an unknown workflow, and for a project or workflow of another workspace", async () => {
    expectProblem(await a.call("POST", "/runs", { body: { projectId: projectA, workflowId: "no-such-flow", input: { task: TASK } } }), 404);
    expectProblem(await b.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK } } }), 404);
    const flowA = (await a.call("POST", "/workflows", { body: { name: "Private flow" } })).body.id as string;
    expectProblem(await b.call("POST", "/runs", { body: { projectId: projectB, workflowId: flowA, input: { task: TASK } } }), 404);
  });

  it("answers 403 when the key may not start runs", async () => {
    expectProblem(await aRead.call("POST", "/runs", { body: { projectId: projectA, workflowId: "mvp", input: { task: TASK } } }), 403);
  });
});

describe("approve, cancel, resume", () => {
  it("approves a gate with a comment and input; the run goes on to the end and names the key", async () => {
    const { id } = await start("full-stack-web-app");
    await idle();
    let run = await read(id);
    expect(run.status).toBe("waiting_approval");
    expectProblem(await aRead.call("POST", `/runs/${id}/approve`, { body: { approve: true } }), 403);
    expectProblem(await a.call("POST", `/runs/${id}/approve`, { body: { approve: "yes" } }), 422, ["body.approve"]);
    expectProblem(await a.call("POST", `/runs/${id}/approve`, { body: { approve: false, input: "Use PostgreSQL." } }), 422, ["body.input"]);

    const answer = await a.call("POST", `/runs/${id}/approve`, { body: { approve: true, comment: "Looks right", input: "Use PostgreSQL, not MongoDB." } });
    expect(answer.status).toBe(200);
    expect(answer.body.approvals[0]).toMatchObject({ status: "approved", input: "Use PostgreSQL, not MongoDB.", decidedBy: null, comment: `Looks right (decided with API key ${a.apiKey.prefix}…)` });
    await idle();
    run = await read(id);
    expect(run.status).toBe("succeeded");
    expect(run.steps.every((s) => s.status === "succeeded")).toBe(true);
    expectProblem(await a.call("POST", `/runs/${id}/approve`, { body: { approve: true } }), 409);
  });

  it("rejects a gate: the run fails", async () => {
    const { id } = await start("full-stack-web-app");
    await idle();
    expect((await a.call("POST", `/runs/${id}/approve`, { body: { approve: false } })).status).toBe(200);
    await idle();
    const run = await read(id);
    expect(run.status).toBe("failed");
    expect(run.approvals[0]).toMatchObject({ status: "rejected", comment: `(decided with API key ${a.apiKey.prefix}…)` });
  });

  it("cancels a waiting run, then answers 409 to a second cancel", async () => {
    const { id } = await start("full-stack-web-app");
    await idle();
    expectProblem(await aRead.call("POST", `/runs/${id}/cancel`), 403);
    const answer = await a.call("POST", `/runs/${id}/cancel`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "cancelled", error: "Cancelled." });
    expect(answer.body.approvals[0].status).toBe("rejected");
    await idle();
    expect((await read(id)).steps.find((s) => s.id === "backend")!.status).toBe("cancelled");
    expectProblem(await a.call("POST", `/runs/${id}/cancel`), 409);
  });

  it("resumes a finished run from a step with an edit: upstream steps are reused, the rest runs again", async () => {
    const first = await start("mvp");
    await idle();
    expectProblem(await a.call("POST", `/runs/${first.id}/resume`, { body: { fromStep: "nope" } }), 422, ["body.fromStep"]);
    expectProblem(await a.call("POST", `/runs/${first.id}/resume`, { body: { fromStep: "qa", overrides: { model: "gpt" } } }), 422, ["body.overrides.model"]);
    expectProblem(await a.call("POST", `/runs/${first.id}/resume`, { body: { fromStep: "qa", overrides: { temperature: 2 } } }), 422, ["body.overrides"]);
    const answer = await a.call("POST", `/runs/${first.id}/resume`, { body: { fromStep: "qa", overrides: { input: "Focus the tests on deadline reminders.", model: "offline:offline-model" } } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    expect(answer.body.resumedFrom).toEqual({ runId: first.id, step: "qa" });
    await idle();
    const run = await read(answer.body.id);
    expect(run.status).toBe("succeeded");
    expect(run.steps.filter((s) => s.reused).map((s) => s.id).sort()).toEqual(["architecture", "build"]);
    expect((await read(first.id)) as unknown).toMatchObject({ resumedAs: [{ runId: run.id, step: "qa" }] });
  });

  it("refuses to resume a run that is still going (409)", async () => {
    const { id } = await start("full-stack-web-app");
    await idle();
    expectProblem(await a.call("POST", `/runs/${id}/resume`, { body: { fromStep: "architecture" } }), 409);
    await a.call("POST", `/runs/${id}/cancel`);
  });
});

describe("GET /runs, /runs/{id}/artifacts, /runs/{id}/events", () => {
  it("pages through runs with limit and cursor, each run once, filtered by project and status", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const answer: TApiAnswer = await a.call("GET", `/runs?projectId=${projectA}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.length).toBeLessThanOrEqual(2);
      all.push(...answer.body.data.map((r: { id: string }) => r.id));
      cursor = answer.body.nextCursor;
    } while (cursor);
    const whole = await a.call("GET", "/runs?limit=100");
    expect(all.length).toBeGreaterThan(4);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(whole.body.data.map((r: { id: string }) => r.id));

    const succeeded = await a.call("GET", `/runs?projectId=${projectA}&status=succeeded&limit=100`);
    expect(succeeded.body.data.length).toBeGreaterThan(0);
    expect(succeeded.body.data.every((r: { status: string; projectId: string }) => r.status === "succeeded" && r.projectId === projectA)).toBe(true);
    expect(succeeded.body.data[0]).toMatchObject({ progress: { total: expect.any(Number) }, workflow: { kind: expect.any(String) }, createdAt: expect.stringMatching(/Z$/) });
    expect((await aRead.call("GET", "/runs")).status).toBe(200);

    expectProblem(await a.call("GET", "/runs?status=finished"), 422, ["query.status"]);
    expectProblem(await a.call("GET", "/runs?limit=101"), 422, ["query.limit"]);
    expectProblem(await a.call("GET", "/runs?limit=abc"), 422, ["query.limit"]);
    expectProblem(await a.call("GET", "/runs?cursor=not-a-cursor"), 422);
    // Forged cursors the database could not compare are refused too, not failed queries.
    const forged = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString("base64url");
    expectProblem(await a.call("GET", `/runs?cursor=${forged("2020-01-01T00:00:00Z", "a\u0000b")}`), 422);
    expectProblem(await a.call("GET", `/runs?cursor=${forged("-200000-01-01T00:00:00Z", "abc")}`), 422);
    expectProblem(await a.call("GET", "/runs?projectId=%00"), 422, ["query.projectId"]);
  });

  it("lists a run's deliverables with their content, page by page", async () => {
    const { id } = await start("mvp");
    await idle();
    const run = await read(id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer: TApiAnswer = await a.call("GET", `/runs/${id}/artifacts?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      expect(answer.status).toBe(200);
      for (const artifact of answer.body.data) {
        expect(artifact).toMatchObject({ runId: id, content: expect.stringMatching(/\S/) });
        seen.push(artifact.id);
      }
      cursor = answer.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(run.artifacts.map((x) => x.id).sort());
  });

  it("streams progress as server-sent events in the API's run shape, ending with the finished run", async () => {
    const { id } = await start("mvp");
    const answer = await a.call("GET", `/runs/${id}/events`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/event-stream");
    expect(answer.headers.get("RateLimit-Limit")).toMatch(/^\d+$/);
    const frames = (answer.body as string)
      .split("\n\n")
      .filter((block) => block.startsWith("event:"))
      .map((block) => ({ event: block.split("\n")[0]!.slice(7), data: JSON.parse(block.split("\n")[1]!.slice(6)) }));
    const snapshots = frames.filter((f) => f.event === "snapshot").map((f) => f.data as TRun & { progress: { done: number } });
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.at(-1)).toMatchObject({ id, status: "succeeded", progress: { total: 4, done: 4 } });
    expect(snapshots.at(-1)!.steps[0]).toMatchObject({ provider: "offline", model: "offline-model" });
    expect(frames.some((f) => f.event === "delta")).toBe(true);
  });
});

describe("isolation", () => {
  it("answers 404 to another workspace's key for every run endpoint and method", async () => {
    const { id } = await start("full-stack-web-app");
    await idle();
    expectProblem(await b.call("GET", `/runs/${id}`), 404);
    expectProblem(await b.call("GET", `/runs/${id}/artifacts`), 404);
    expectProblem(await b.call("GET", `/runs/${id}/events`), 404);
    expectProblem(await b.call("POST", `/runs/${id}/cancel`), 404);
    expectProblem(await b.call("POST", `/runs/${id}/approve`, { body: { approve: true } }), 404);
    expectProblem(await b.call("POST", `/runs/${id}/resume`, { body: { fromStep: "architecture" } }), 404);
    expectProblem(await b.call("GET", `/runs?projectId=${projectA}`), 404);
    expect((await b.call("GET", "/runs")).body).toEqual({ data: [], nextCursor: null });
    expectProblem(await a.call("GET", "/runs/%00"), 404);
    // Nothing changed in A.
    expect((await read(id)).status).toBe("waiting_approval");
    await a.call("POST", `/runs/${id}/cancel`);
  });
});
