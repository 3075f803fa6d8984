// What can be done to a run: cancel it, decide the approval it waits for, and
// resume a finished one from a step. Each answers with the run as it now is.
import { z } from "zod";
import { cancelRun } from "@/server/services/runs/cancel-run";
import { decideApproval } from "@/server/services/runs/decide-approval";
import { getRun } from "@/server/services/runs/get-run";
import { resumeRun } from "@/server/services/runs/resume-run";
import { ZResumeRunInput } from "@/server/services/runs/schemas";
import { defineEndpoint } from "../endpoint";
import { ApiProblem } from "../problem";
import { toApiRun, ZApiRun } from "./run-views";
import { ZIdParams } from "./shared-schemas";

// Room is left in the service's 2,000 characters for naming the key that decided.
const ZApproveBody = z
  .strictObject({
    approve: z.boolean().describe("true to let the run go on, false to reject (the run fails)."),
    comment: z.string().trim().max(1_900, "Use at most 1,900 characters.").optional(),
    input: z.string().trim().min(1).max(20_000, "Use at most 20,000 characters.").optional().describe("When approving: added to the next steps' input."),
  })
  .superRefine((body, ctx) => {
    if (!body.approve && body.input !== undefined) ctx.addIssue({ code: "custom", path: ["input"], message: "Only an approval adds input; leave it out when rejecting." });
  });

const ZResumeBody = z.strictObject({
  fromStep: ZResumeRunInput.shape.fromStep.describe("The step to run again; every step downstream of it runs again too, the rest is reused."),
  overrides: ZResumeRunInput.shape.override.unwrap().strict().optional().describe("Edit the step first: its prompt, model (provider:model) or input."),
});

const invalid = (field: string, message: string) => new ApiProblem("invalid-fields", `${field}: ${message}`, { errors: [{ field, message }] });

export const runActionEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/runs/{id}/cancel",
    operationId: "cancelRun",
    summary: "Cancel a run: it stops at once and its open approvals close (409 if it already finished)",
    tag: "Runs",
    permission: "run.cancel",
    params: ZIdParams,
    response: ZApiRun,
    handler: async ({ scope, params }) => {
      await cancelRun(scope, { runId: params.id });
      return toApiRun(await getRun(scope, { runId: params.id }));
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/runs/{id}/approve",
    operationId: "approveRun",
    summary: "Approve or reject what the run is waiting for (409 if it waits for nothing)",
    tag: "Runs",
    permission: "run.approve",
    params: ZIdParams,
    body: ZApproveBody,
    response: ZApiRun,
    handler: async ({ scope, params, body, caller }) => {
      const run = await getRun(scope, { runId: params.id });
      const pending = run.approvals.find((a) => a.status === "pending");
      if (!pending) throw new ApiProblem("conflict", `Run #${run.number} is not waiting for an approval (it is ${run.status.replace("_", " ")}).`);
      // Keys act without a user, so the decision is signed with the key's prefix.
      const signature = `(decided with API key ${caller.prefix}…)`;
      await decideApproval(scope, {
        runId: run.id,
        approvalId: pending.id,
        approved: body.approve,
        comment: body.comment ? `${body.comment} ${signature}` : signature,
        inputEdit: body.input,
      });
      return toApiRun(await getRun(scope, { runId: run.id }));
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/runs/{id}/resume",
    operationId: "resumeRun",
    summary: "Resume a finished, failed or cancelled run from a step, as a new run (409 while it is still going)",
    tag: "Runs",
    permission: "run.start",
    params: ZIdParams,
    body: ZResumeBody,
    response: ZApiRun,
    status: 202,
    handler: async ({ scope, params, body }) => {
      const run = await getRun(scope, { runId: params.id });
      const step = run.steps.find((s) => s.id === body.fromStep);
      if (!step) throw invalid("body.fromStep", `The run has no step "${body.fromStep}"; its steps are ${run.steps.map((s) => s.id).join(", ")}.`);
      if (body.overrides && step.kind !== "agent") throw invalid("body.overrides", "Only an agent step's prompt, model or input can be edited.");
      const resumed = await resumeRun(scope, { runId: run.id, fromStep: body.fromStep, override: body.overrides });
      return toApiRun(await getRun(scope, { runId: resumed.id }));
    },
  }),
];
