import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import type { TEngineFunction } from "@/server/engine/step-tools";
import { toInngestFunction, toStepTools } from "./adapter";

type TData = { runId: string; workspaceId: string };

// The same handler shape the embedded runner executes: steps, a parallel pair, a wait.
const demo: TEngineFunction<TData> = {
  id: "adapter-demo",
  trigger: "demo/requested",
  concurrency: { key: "data.workspaceId", limit: 3 },
  cancelOn: { event: "demo/cancelled", match: "data.runId" },
  handler: async ({ step, event }) => {
    const plan = await step.run("plan", async () => `plan for ${event.data.runId}`);
    const [api, ui] = await Promise.all([step.run("api", async () => "api"), step.run("ui", async () => "ui")]);
    const decision = await step.waitForEvent("approve", { event: "demo/decided", timeout: "1h", match: "data.runId" });
    return { plan, api, ui, approved: decision?.data.approved ?? false };
  },
};

describe("Inngest adapter", () => {
  it("declares the trigger, per-workspace concurrency and cancellation", () => {
    const fn = toInngestFunction(demo);
    expect(fn.id()).toBe("adapter-demo");
    expect(fn.opts).toMatchObject({
      id: "adapter-demo",
      triggers: [{ event: "demo/requested" }],
      concurrency: [{ key: "event.data.workspaceId", limit: 3 }],
      cancelOn: [{ event: "demo/cancelled", match: "data.runId" }],
    });
  });

  it("runs the engine handler on Inngest's step tools, in parallel where it asks", async () => {
    // @inngest/test 1.0 with inngest 4.24 cannot mock waitForEvent at all (it validates the mock's
    // pending promise as an event and fails), so this function stops before the wait, and the wait
    // is checked below through toStepTools.
    const untilApproval: TEngineFunction<TData> = { ...demo, id: "adapter-demo-steps", handler: (ctx) => demo.handler({ ...ctx, step: { ...ctx.step, waitForEvent: async () => null } }) };
    const engine = new InngestTestEngine({
      function: toInngestFunction(untilApproval),
      events: [{ name: "demo/requested", data: { runId: "r1", workspaceId: "w1" } }],
    });
    const { result, error, ctx } = await engine.execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ plan: "plan for r1", api: "api", ui: "ui", approved: false });
    expect(ctx.step.run).toHaveBeenCalledTimes(3);
  });

  it("hands the awaited event through toStepTools", async () => {
    const calls: string[] = [];
    const step = toStepTools({
      run: async (id, fn) => (calls.push(id), fn()),
      sleep: async () => undefined,
      waitForEvent: async (id, opts) => (calls.push(`${id}:${opts.event}:${opts.match}`), { name: "demo/decided", data: { runId: "r1", approved: true } }),
      sendEvent: async () => ({ ids: [] }),
    });
    const result = await demo.handler({ event: { name: "demo/requested", data: { runId: "r1", workspaceId: "w1" } }, step, signal: new AbortController().signal });
    expect(result).toEqual({ plan: "plan for r1", api: "api", ui: "ui", approved: true });
    expect(calls).toEqual(["plan", "api", "ui", "approve:demo/decided:data.runId"]);
  });

  it("turns extra wait conditions into an Inngest if-expression", async () => {
    const seen: unknown[] = [];
    const step = toStepTools({
      run: async (_id, fn) => fn(),
      sleep: async () => undefined,
      waitForEvent: async (_id, opts) => (seen.push(opts), null),
      sendEvent: async () => ({ ids: [] }),
    });
    await step.waitForEvent("gate", { event: "run/approval.decided", timeout: "72h", match: "data.runId", where: { "data.approvalId": "ap_1" } });
    await step.waitForEvent("plain", { event: "run/approval.decided", timeout: "1h", match: "data.runId" });
    expect(seen).toEqual([
      { event: "run/approval.decided", timeout: "72h", if: 'async.data.runId == event.data.runId && async.data.approvalId == "ap_1"' },
      { event: "run/approval.decided", timeout: "1h", match: "data.runId" },
    ]);
  });
});
