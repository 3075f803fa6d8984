// A workflow definition as data: a DAG of steps, validated with zod and stored
// as versioned JSON (or edited as YAML). This file is the shape only; the
// cross-step rules (ids, dependencies, inputs, cycles) are in validate-workflow.ts.
//
// How a definition runs:
// - Parallelism is implicit. A step starts as soon as every step in its `dependsOn`
//   has finished, so steps whose dependencies are satisfied run concurrently; there is
//   no separate "parallel group". `group` is only a label for display.
// - A step with `when` runs only if the condition holds when it could start (see
//   condition-schema.ts); otherwise it is skipped. A skipped step counts as finished for
//   the steps that depend on it, which still run (without its outputs): give them the
//   same `when` if they cannot work without it.
// - An approval step pauses the run until a person approves; rejecting (or timing out with
//   onTimeout "reject") ends the run. Steps after it simply list it in `dependsOn`.
// - An agent step is fed the deliverables of its upstream steps; `inputs` names the ones
//   it cannot work without (default: its agent's `dependencies`).
import { z } from "zod";
import { modelTierIds } from "@/server/models/tiers";
import { ZCondition } from "./condition-schema";
import { objectError, requiredAs, text, unknownFieldsMessage, wholeNumber, ZModelRef, ZSnakeId, ZStepId } from "./field-schemas";
import { prose } from "./workflow-problems";

export const MAX_WORKFLOW_STEPS = 60;
export const DEFAULT_MAX_STEPS = 30;
export const DEFAULT_STEP_TIMEOUT_SECONDS = 600;
export const DEFAULT_APPROVAL_TIMEOUT_HOURS = 72;
export const STEP_TASK_MAX_CHARS = 60_000;

export const stepKinds = ["agent", "approval"] as const;
/** Fields only an agent step has; an approval step carrying one is a mistake worth naming. */
export const agentStepFields = ["agent", "agentVersion", "task", "inputs", "model", "tier", "timeoutSeconds"] as const;
export const approvalStepFields = ["approval"] as const;

/** Why a step has fields it should not: the wrong kind's fields, or unknown ones. */
export function unexpectedFieldsMessage(kind: (typeof stepKinds)[number], keys: readonly string[]): string {
  const foreign: readonly string[] = kind === "approval" ? agentStepFields : approvalStepFields;
  const wrongKind = keys.filter((k) => foreign.includes(k));
  const unknown = keys.filter((k) => !foreign.includes(k));
  const parts: string[] = [];
  if (wrongKind.length && kind === "approval") {
    const [is, them] = wrongKind.length === 1 ? ["is an agent-step field", "it"] : ["are agent-step fields", "them"];
    parts.push(`${prose(wrongKind)} ${is}: an approval step only has approval (remove ${them}, or make it an agent step)`);
  }
  if (wrongKind.length && kind === "agent") {
    parts.push(`approval is an approval-step field: add kind: approval and remove the agent fields to make this step a gate`);
  }
  if (unknown.length) parts.push(unknownFieldsMessage(unknown));
  return parts.join("; ");
}

function stepObjectError(kind: (typeof stepKinds)[number]) {
  return (issue: { code?: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? unexpectedFieldsMessage(kind, issue.keys ?? []) : undefined);
}

// Shared by both kinds; each puts id and kind first, so text output reads id, kind, title, …
const stepBase = {
  title: text(1, 120).optional(),
  /** Display label, e.g. "Build"; has no effect on scheduling. */
  group: text(1, 60).optional(),
  dependsOn: z.array(ZStepId, { error: requiredAs("a list of step ids") }).max(MAX_WORKFLOW_STEPS).default([]),
  when: ZCondition.optional(),
};

const agentVersionMessage = 'must be "latest" or a version number (1, 2, …)';
export const ZAgentVersion = z.union([z.literal("latest"), z.number().int(agentVersionMessage).positive(agentVersionMessage)], { error: agentVersionMessage });
export type TAgentVersion = z.infer<typeof ZAgentVersion>;

export const ZAgentStep = z.strictObject(
  {
    id: ZStepId,
    kind: z.literal("agent").default("agent"),
    ...stepBase,
    agent: ZSnakeId,
    agentVersion: ZAgentVersion.default("latest"),
    /** Extra instructions for this step; may use the run's {{placeholders}}, e.g. {{task}}. Room for a pull request's diff chunk. */
    task: text(1, STEP_TASK_MAX_CHARS).optional(),
    /** Deliverable types this step cannot work without; default: the agent's dependencies. */
    inputs: z.array(ZSnakeId, { error: requiredAs("a list of deliverable types") }).max(30).optional(),
    model: ZModelRef.optional(),
    tier: z.enum(modelTierIds, { error: "must be fast, balanced or deep" }).optional(),
    timeoutSeconds: wholeNumber(10, 3_600, "seconds").optional(),
  },
  { error: stepObjectError("agent") },
);
export type TAgentStep = z.infer<typeof ZAgentStep>;

export const ZApprovalSettings = z.strictObject(
  {
    prompt: text(3, 2_000),
    timeoutHours: wholeNumber(1, 720, "hours").default(DEFAULT_APPROVAL_TIMEOUT_HOURS),
    onTimeout: z.enum(["reject", "approve"], { error: 'must be "reject" or "approve"' }).default("reject"),
  },
  { error: objectError("{ prompt, timeoutHours?, onTimeout? }") },
);
export type TApprovalSettings = z.infer<typeof ZApprovalSettings>;

export const ZApprovalStep = z.strictObject(
  { id: ZStepId, kind: z.literal("approval"), ...stepBase, approval: ZApprovalSettings },
  { error: stepObjectError("approval") },
);
export type TApprovalStep = z.infer<typeof ZApprovalStep>;

export const ZWorkflowStep = z.discriminatedUnion("kind", [ZAgentStep, ZApprovalStep], {
  error: (issue) =>
    issue.code === "invalid_union" ? 'kind must be "agent" (the default) or "approval"' : issue.code === "invalid_type" ? "must be a step: { id, agent, … }" : undefined,
});
export type TWorkflowStep = z.infer<typeof ZWorkflowStep>;

export const ZWorkflowLimits = z.strictObject(
  {
    maxSteps: wholeNumber(1, MAX_WORKFLOW_STEPS).default(DEFAULT_MAX_STEPS),
    /** Default for every step; a step's timeoutSeconds overrides it. */
    stepTimeoutSeconds: wholeNumber(10, 3_600, "seconds").default(DEFAULT_STEP_TIMEOUT_SECONDS),
    /** Per-run cost cap; on overrun the run pauses for approval (DESIGN §5). */
    costCapUsd: z.number({ error: requiredAs("a number") }).positive("must be more than 0").max(100_000, "must be at most 100000").optional(),
  },
  { error: objectError("{ maxSteps?, stepTimeoutSeconds?, costCapUsd? }") },
);
export type TWorkflowLimits = z.infer<typeof ZWorkflowLimits>;

export const ZWorkflowDefinition = z.strictObject(
  {
    name: text(3, 80),
    description: text(0, 600).default(""),
    steps: z
      .array(ZWorkflowStep, { error: requiredAs("a list of steps") })
      .min(1, "needs at least one step")
      .max(MAX_WORKFLOW_STEPS, `must have at most ${MAX_WORKFLOW_STEPS} steps`),
    limits: ZWorkflowLimits.prefault({}),
  },
  { error: objectError("an object: { name, description?, steps, limits? }") },
);
export type TWorkflowDefinition = z.infer<typeof ZWorkflowDefinition>;
/** A definition as written: defaults (kind, dependsOn, limits, …) may be left out. */
export type TWorkflowDefinitionInput = z.input<typeof ZWorkflowDefinition>;
