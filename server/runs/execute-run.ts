// The workflow of a run, written against StepTools so it runs on Inngest and
// on the embedded runner alike. Each workflow step starts when the steps it
// depends on have finished, so independent steps run in parallel; each agent
// call is one memoized engine step whose id is the workflow step id. Approval
// gates and budget overruns wait for a person's decision.
import type { TFunctionContext } from "@/server/engine/step-tools";
import { closeApproval, openApproval } from "@/server/services/runs/execution/approval-gate";
import { evaluateCondition } from "@/server/services/runs/execution/evaluate-condition";
import { loadRunPlan } from "@/server/services/runs/execution/load-run-plan";
import { rememberStep } from "@/server/services/memory/remember-step";
import { summariseRun } from "@/server/services/memory/summarise-run";
import { runAgentStep } from "@/server/services/runs/execution/run-agent-step";
import { closeRunTools, decideToolApproval } from "@/server/services/runs/execution/step-toolbox";
import { approveStepBudget, finishRun, markRunRunning, markStep } from "@/server/services/runs/execution/run-state";
import { notifyRunEvent } from "@/server/services/webhooks/enqueue-run-event";
import type { TWorkflowStep } from "@/server/workflows/definition/definition-schema";
import { upstreamSets } from "@/server/workflows/definition/workflow-graph";

export type TRunEventData = { runId: string; workspaceId: string };
type TOutcome = "succeeded" | "skipped" | "failed" | "rejected";

export const APPROVAL_EVENT = "run/approval.decided";
/** Sent when a run ends (succeeded, failed or cancelled): what waits on a run (a GitHub review) listens for it. */
export const RUN_FINISHED = "run/finished";
export type TRunFinishedData = TRunEventData & { status: string };
const BUDGET_APPROVAL_HOURS = 72;
const TOOL_APPROVAL_HOURS = 72;

export async function executeRun({ event, step, signal }: TFunctionContext<TRunEventData>): Promise<{ status: string }> {
  const { runId, workspaceId } = event.data;
  const ref = { runId, workspaceId };
  const plan = await step.run("load-plan", () => loadRunPlan(runId, workspaceId));
  if (plan.status === "cancelled") return { status: "cancelled" };
  await step.run("mark-running", () => markRunRunning(ref));

  const byId = new Map(plan.definition.steps.map((s) => [s.id, s]));
  const upstream = upstreamSets(plan.definition.steps);
  const outcomes = new Map<string, Promise<TOutcome>>();

  const gate = async (key: string, stepId: string, reason: "gate" | "budget" | "tool", prompt: string, hours: number, onTimeout: "approve" | "reject") => {
    const { approvalId, openedAt } = await step.run(`${key}:open`, () => openApproval(ref, { stepId, reason, prompt, timeoutHours: hours }));
    await step.run(`notify:${key}`, () => notifyRunEvent(ref, "run.waiting_approval", { approvalId, occurrence: key }));
    // The run shows as waiting from the open step on: a decision made before the wait began still counts.
    await step.waitForEvent(`${key}:wait`, { event: APPROVAL_EVENT, timeout: `${hours}h`, match: "data.runId", where: { "data.approvalId": approvalId }, since: openedAt });
    return step.run(`${key}:close`, () => closeApproval(ref, approvalId, onTimeout));
  };

  const runStep = (id: string): Promise<TOutcome> => {
    const known = outcomes.get(id);
    if (known) return known;
    const outcome = (async (): Promise<TOutcome> => {
      const def = byId.get(id)!;
      const deps = await Promise.all(def.dependsOn.map(runStep));
      const blocker = def.dependsOn.find((_, i) => deps[i] === "failed" || deps[i] === "rejected");
      if (blocker) {
        await step.run(`blocked:${id}`, () => markStep(ref, id, { status: "skipped", error: `Not run: "${blocker}" did not succeed.`, finishedAt: new Date() }));
        return "failed";
      }
      const carried = plan.finishedSteps[id];
      if (carried) return carried;
      if (def.when) {
        const go = await step.run(`when:${id}`, () => evaluateCondition(def.when!, { ...ref, facts: plan.project.facts }));
        if (!go) {
          await step.run(`skip:${id}`, () => markStep(ref, id, { status: "skipped", error: null, finishedAt: new Date() }));
          return "skipped";
        }
      }
      return def.kind === "approval" ? runGate(def) : runAgent(def);
    })();
    outcomes.set(id, outcome);
    return outcome;
  };

  const runGate = async (def: Extract<TWorkflowStep, { kind: "approval" }>): Promise<TOutcome> => {
    const decision = await gate(`approval:${def.id}`, def.id, "gate", def.approval.prompt, def.approval.timeoutHours, def.approval.onTimeout);
    const why = decision.timedOut ? "timed out" : "rejected";
    await step.run(`decided:${def.id}`, () =>
      markStep(ref, def.id, decision.approved ? { status: "succeeded", finishedAt: new Date() } : { status: "failed", error: `Approval ${why}.`, finishedAt: new Date() }),
    );
    return decision.approved ? "succeeded" : "rejected";
  };

  const runAgent = async (def: Extract<TWorkflowStep, { kind: "agent" }>): Promise<TOutcome> => {
    const above = [...(upstream.get(def.id) ?? [])];
    for (let round = 0; ; round++) {
      const key = round === 0 ? `agent:${def.id}` : `agent:${def.id}:retry-${round}`;
      const outcome = await step.run(key, () => runAgentStep(plan, def, above, signal));
      if (outcome.status === "succeeded") {
        // Its own durable step: a memory failure is retried on replay, never re-runs the agent.
        await step.run(`memory:${def.id}`, () => rememberStep(ref, def.id));
        return "succeeded";
      }
      if (outcome.status === "failed") return "failed";
      if (outcome.status === "tool_approval") {
        // A tool call waits for a person: either way the step runs again, replaying the calls already made;
        // approved, the call goes ahead; rejected, the model is told and carries on without it.
        const decision = await gate(`tool:${def.id}:${round}`, def.id, "tool", outcome.message, TOOL_APPROVAL_HOURS, "reject");
        await step.run(`tool-decided:${def.id}:${round}`, () => decideToolApproval({ ...ref, stepId: def.id }, decision.approved, decision.timedOut ? "No decision in time." : null));
        continue;
      }
      // Over budget: ask a person; approving lifts this run's cap for the step and tries again.
      const decision = await gate(`budget:${def.id}:${round}`, def.id, "budget", outcome.message, BUDGET_APPROVAL_HOURS, "reject");
      if (!decision.approved) {
        await step.run(`over-budget:${def.id}:${round}`, () => markStep(ref, def.id, { status: "failed", error: `Over budget and not approved: ${outcome.message}`, finishedAt: new Date() }));
        return "rejected";
      }
      await step.run(`lift-cap:${def.id}:${round}`, () => approveStepBudget(ref, def.id));
    }
  };

  await Promise.all(plan.definition.steps.map((s) => runStep(s.id)));
  const result = await step.run("finish", () => finishRun(ref));
  await step.run("close-tools", () => closeRunTools(runId));
  await step.run("notify:finished", () => notifyRunEvent(ref, result.status === "succeeded" ? "run.succeeded" : "run.failed"));
  await step.sendEvent("finished", { name: RUN_FINISHED, data: { ...ref, status: result.status } satisfies TRunFinishedData });
  await step.run("summarise", () => summariseRun(ref));
  return { status: result.status };
}
