import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { createExecution, markStepStarted, markStepFinished, setExecutionState } from "@/server/services/engine/execution-store";
import type { TEngineFunction } from "../step-tools";
import { EmbeddedRunner } from "./runner";

const runners: EmbeddedRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

function runnerWith<T>(...fns: TEngineFunction<T>[]) {
  const runner = new EmbeddedRunner({ maxConcurrent: 4 });
  for (const fn of fns) runner.register(fn);
  runners.push(runner);
  return runner;
}

type TData = { runId: string; workspaceId: string };
const base = { concurrency: { key: "data.workspaceId", limit: 2 } };

async function execution(runId: string) {
  const db = await getDb();
  const rows = await db.engineExecution.findMany({ where: { eventData: { path: ["runId"], equals: runId } }, include: { steps: { orderBy: { startedAt: "asc" } } } });
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("embedded durable runner", () => {
  it("runs steps once each, in order and in parallel, and journals their results", async () => {
    const calls: string[] = [];
    const runner = runnerWith<TData>({
      id: "demo",
      trigger: "demo/requested",
      ...base,
      handler: async ({ step, event }) => {
        const a = await step.run("plan", async () => (calls.push("plan"), { items: 2, at: new Date("2026-11-26T00:00:00Z") }));
        const [b, c] = await Promise.all([
          step.run("backend", async () => (calls.push("backend"), `backend for ${event.data.runId}`)),
          step.run("frontend", async () => (calls.push("frontend"), "frontend")),
        ]);
        return { a, b, c };
      },
    });
    await runner.start();
    await runner.send({ name: "demo/requested", data: { runId: "r1", workspaceId: "w1" } });
    await runner.idle();
    const row = await execution("r1");
    expect(row.status).toBe("completed");
    expect(row.output).toEqual({ a: { items: 2, at: "2026-11-26T00:00:00.000Z" }, b: "backend for r1", c: "frontend" });
    expect(calls.sort()).toEqual(["backend", "frontend", "plan"]);
    expect(row.steps.map((s) => [s.key, s.status, s.attempts]).sort()).toEqual([
      ["backend", "completed", 1],
      ["frontend", "completed", 1],
      ["plan", "completed", 1],
    ]);
  });

  it("suspends on waitForEvent and resumes with the matching event, without re-running finished steps", async () => {
    let planned = 0;
    const runner = runnerWith<TData>({
      id: "gate",
      trigger: "gate/requested",
      ...base,
      handler: async ({ step }) => {
        await step.run("plan", async () => ++planned);
        const decision = await step.waitForEvent("approve-plan", { event: "gate/decided", timeout: "1h", match: "data.runId" });
        return decision?.data ?? "timed out";
      },
    });
    await runner.start();
    await runner.send({ name: "gate/requested", data: { runId: "r2", workspaceId: "w1" } });
    await runner.idle();
    expect((await execution("r2")).status).toBe("waiting");
    // An event for another run does not wake it.
    await runner.send({ name: "gate/decided", data: { runId: "other", approved: false } });
    await runner.idle();
    expect((await execution("r2")).status).toBe("waiting");
    await runner.send({ name: "gate/decided", data: { runId: "r2", approved: true } });
    await runner.idle();
    const row = await execution("r2");
    expect(row.status).toBe("completed");
    expect(row.output).toEqual({ runId: "r2", approved: true });
    expect(planned).toBe(1);
  });

  it("waits for the event carrying the right extra fields (one approval among several)", async () => {
    const runner = runnerWith<TData>({
      id: "where",
      trigger: "where/requested",
      ...base,
      handler: async ({ step }) => {
        const decision = await step.waitForEvent("gate-b", { event: "where/decided", timeout: "1h", match: "data.runId", where: { "data.approvalId": "b" } });
        return decision?.data ?? null;
      },
    });
    await runner.start();
    await runner.send({ name: "where/requested", data: { runId: "r7", workspaceId: "w1" } });
    await runner.idle();
    await runner.send({ name: "where/decided", data: { runId: "r7", approvalId: "a", approved: false } });
    await runner.idle();
    expect((await execution("r7")).status).toBe("waiting");
    await runner.send({ name: "where/decided", data: { runId: "r7", approvalId: "b", approved: true } });
    await runner.idle();
    expect(await execution("r7")).toMatchObject({ status: "completed", output: { runId: "r7", approvalId: "b", approved: true } });
  });

  it("counts a decision sent after the gate opened but before its wait began (since), and only with since", async () => {
    let release!: () => void;
    const between = new Promise<void>((resolve) => (release = resolve));
    const runner = runnerWith<TData>({
      id: "early",
      trigger: "early/requested",
      ...base,
      handler: async ({ step, event }) => {
        const opened = await step.run("open", async () => Date.now());
        // Something between opening and waiting (a notification), during which the decision arrives.
        await step.run("notify", () => between);
        const since = event.data.runId === "r-since" ? opened : undefined;
        const decision = await step.waitForEvent("wait", { event: "early/decided", timeout: "1h", match: "data.runId", since });
        return decision?.data ?? null;
      },
    });
    await runner.start();
    for (const runId of ["r-since", "r-plain"]) await runner.send({ name: "early/requested", data: { runId, workspaceId: `w-${runId}` } });
    await vi.waitFor(async () => expect((await execution("r-plain")).steps.map((s) => s.key)).toContain("notify"), { timeout: 10_000 });
    await vi.waitFor(async () => expect((await execution("r-since")).steps.map((s) => s.key)).toContain("notify"), { timeout: 10_000 });
    for (const runId of ["r-since", "r-plain"]) await runner.send({ name: "early/decided", data: { runId, approved: true } });
    release();
    await runner.idle();
    expect(await execution("r-since")).toMatchObject({ status: "completed", output: { runId: "r-since", approved: true } });
    // Without since the early decision is not seen: the wait goes on (until its timeout).
    expect((await execution("r-plain")).status).toBe("waiting");
  });

  it("times a wait out, and wakes a sleeper", async () => {
    const runner = runnerWith<TData>({
      id: "timers",
      trigger: "timers/requested",
      ...base,
      handler: async ({ step }) => {
        await step.sleep("pause", "150ms");
        const decision = await step.waitForEvent("approve", { event: "timers/decided", timeout: "200ms", match: "data.runId" });
        return { decision };
      },
    });
    await runner.start();
    await runner.send({ name: "timers/requested", data: { runId: "r3", workspaceId: "w1" } });
    // Wall-clock timers: wait for them (generously, for a busy machine) rather than a fixed sleep.
    for (let waited = 0; waited < 15_000 && (await execution("r3")).status !== "completed"; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await runner.idle();
    const row = await execution("r3");
    expect(row.status).toBe("completed");
    expect(row.output).toEqual({ decision: null });
  });

  it("cancels on the cancel event, aborting the step in flight", async () => {
    let sawAbort = false;
    const runner = runnerWith<TData>({
      id: "long",
      trigger: "long/requested",
      ...base,
      cancelOn: { event: "long/cancelled", match: "data.runId" },
      handler: async ({ step, signal }) => {
        await step.run("slow", () => new Promise((resolve, reject) => signal.addEventListener("abort", () => ((sawAbort = true), reject(new Error("aborted"))))));
        await step.run("never", async () => "reached");
      },
    });
    await runner.start();
    await runner.send({ name: "long/requested", data: { runId: "r4", workspaceId: "w1" } });
    await new Promise((r) => setTimeout(r, 100));
    await runner.send({ name: "long/cancelled", data: { runId: "r4" } });
    await runner.idle();
    const row = await execution("r4");
    expect(row.status).toBe("cancelled");
    expect(sawAbort).toBe(true);
    expect(row.steps.map((s) => s.key)).toEqual(["slow"]);
  });

  it("resumes an execution a dead process left behind: finished steps are reused, the interrupted one runs again once", async () => {
    const calls: string[] = [];
    const fn: TEngineFunction<TData> = {
      id: "resume",
      trigger: "resume/requested",
      ...base,
      handler: async ({ step }) => {
        const a = await step.run("first", async () => (calls.push("first"), 1));
        const b = await step.run("second", async () => (calls.push("second"), 2));
        return a + b;
      },
    };
    // What a killed process leaves: step one finished, step two started, the execution "running".
    const crashed = await createExecution({ functionId: "resume", eventName: "resume/requested", eventData: { runId: "r5", workspaceId: "w1" }, concurrencyKey: "w1" });
    await markStepStarted(crashed.id, "first", 1);
    await markStepFinished(crashed.id, "first", { output: 1 });
    await markStepStarted(crashed.id, "second", 1);
    await setExecutionState(crashed.id, { status: "running" });
    // Interrupted twice already: it is not tried a third time.
    const twice = await createExecution({ functionId: "resume", eventName: "resume/requested", eventData: { runId: "r6", workspaceId: "w2" }, concurrencyKey: "w2" });
    await markStepStarted(twice.id, "first", 2);
    await setExecutionState(twice.id, { status: "running" });

    const runner = runnerWith(fn);
    await runner.start();
    await runner.idle();
    const resumed = await execution("r5");
    expect(resumed).toMatchObject({ status: "completed", output: 3 });
    expect(calls).toEqual(["second"]);
    expect(resumed.steps.find((s) => s.key === "second")).toMatchObject({ status: "completed", attempts: 2 });
    const gaveUp = await execution("r6");
    expect(gaveUp.status).toBe("failed");
    expect(gaveUp.error).toMatch(/interrupted 2 times/);
  });

  it("keeps each workspace within its concurrency limit while others proceed", async () => {
    let active = 0;
    let peak = 0;
    const perKey = new Map<string, number>();
    const runner = runnerWith<TData>({
      id: "limited",
      trigger: "limited/requested",
      concurrency: { key: "data.workspaceId", limit: 1 },
      handler: async ({ step, event }) => {
        await step.run("work", async () => {
          const key = event.data.workspaceId;
          perKey.set(key, (perKey.get(key) ?? 0) + 1);
          active++;
          peak = Math.max(peak, active);
          expect(perKey.get(key)).toBe(1);
          await new Promise((r) => setTimeout(r, 60));
          perKey.set(key, perKey.get(key)! - 1);
          active--;
        });
      },
    });
    await runner.start();
    await runner.send(["a1", "a2", "a3", "b1"].map((id) => ({ name: "limited/requested", data: { runId: id, workspaceId: id[0]! } })));
    await runner.idle();
    for (const id of ["a1", "a2", "a3", "b1"]) expect((await execution(id)).status).toBe("completed");
    expect(peak).toBe(2);
  });
  it("works through a deep queue a window at a time, and a newcomer of another key does not wait for it", async () => {
    const order: string[] = [];
    const runner = runnerWith<TData>({
      id: "deep",
      trigger: "deep/requested",
      concurrency: { key: "data.workspaceId", limit: 1 },
      handler: async ({ step, event }) => {
        await step.run("work", async () => void order.push(event.data.runId));
      },
    });
    await runner.start();
    await runner.send(Array.from({ length: 30 }, (_, i) => ({ name: "deep/requested", data: { runId: `d${i}`, workspaceId: "d" } })));
    await runner.send({ name: "deep/requested", data: { runId: "e0", workspaceId: "e" } });
    await runner.idle();
    expect(order).toHaveLength(31);
    expect(order.filter((id) => id.startsWith("d"))).toEqual(Array.from({ length: 30 }, (_, i) => `d${i}`));
    // Queued last, yet it ran long before the 30 ahead of it in another workspace were done.
    expect(order.indexOf("e0")).toBeLessThan(10);
  });

  it("backs off, rather than spinning, when an execution's state cannot be written", async () => {
    let launches = 0;
    const runner = runnerWith<TData>({ id: "unrecordable", trigger: "unrecordable/requested", ...base, handler: async () => (launches++, "done") });
    // The database refuses every change to this execution's row, as a failing disk or a lost connection would.
    const db = await getDb();
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_spin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW."eventData"->>'runId' = 'r-spin' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_spin BEFORE UPDATE ON "EngineExecution" FOR EACH ROW EXECUTE FUNCTION refuse_spin()`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await runner.start();
      await runner.send({ name: "unrecordable/requested", data: { runId: "r-spin", workspaceId: "w-spin" } });
      await new Promise((r) => setTimeout(r, 1_500));
      const attempts = logged.mock.calls.filter(([message]) => String(message).includes("could not be recorded")).length;
      // Immediately, then after 1 s: a hot loop would have tried hundreds of times.
      expect(attempts).toBeGreaterThanOrEqual(1);
      expect(attempts).toBeLessThanOrEqual(3);
      expect(launches).toBe(0);
    } finally {
      logged.mockRestore();
      await runner.stop();
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_spin ON "EngineExecution"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_spin()`);
    }
  });
});
