// How runs look over the REST API: a summary for lists, the full run with its
// steps (state, agent, model and provider, tokens, cost, timings, error),
// approvals and deliverables, and a deliverable with its content.
import { z } from "zod";
import { ApprovalStatus, RunStatus, StepStatus } from "@/server/db/generated/enums.ts";
import type { TRunDetail } from "@/server/services/runs/get-run";
import type { TRunArtifact } from "@/server/services/runs/list-run-artifacts-page";
import type { TRunListItem } from "@/server/services/runs/list-runs-page";
import { iso, ZTimestamp } from "./shared-schemas";

const ZApiRunWorkflow = z.object({
  kind: z.enum(["workspace", "template", "pull_request_review"]),
  id: z.string().describe("The workspace workflow id, the built-in template id, or owner/repo#number@sha for a pull-request review."),
  version: z.number().int().nullable().describe("The workflow version the run used; null for a template."),
  name: z.string(),
});

export const ZApiRunSummary = z.object({
  id: z.string(),
  number: z.number().int().describe("Per project: run #1, #2, …"),
  status: z.enum(RunStatus),
  error: z.string().nullable(),
  projectId: z.string(),
  workflow: ZApiRunWorkflow,
  task: z.string(),
  progress: z.object({ total: z.number().int(), done: z.number().int().describe("Steps succeeded or skipped.") }),
  costUsd: z.number(),
  resumedFrom: z.object({ runId: z.string(), step: z.string().nullable() }).nullable(),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  durationMs: z.number().int().nullable(),
});

const ZApiToolCall = z.object({
  id: z.string(),
  server: z.string(),
  tool: z.string(),
  operation: z.string().describe("read, write or execute."),
  decision: z.string().describe("allowed, denied, approval_required, approved or rejected: what the tool policy (or a person) decided."),
  reason: z.string().nullable().describe("Which policy rule decided, or why it was denied."),
  outcome: z.string().describe("ok, error, denied or pending."),
  policyVersion: z.number().int(),
  durationMs: z.number().int().nullable(),
  createdAt: ZTimestamp,
});

const ZApiStep = z.object({
  id: z.string(),
  kind: z.enum(["agent", "approval"]),
  title: z.string(),
  status: z.enum(StepStatus),
  agent: z.object({ id: z.string(), version: z.number().int().nullable() }).nullable(),
  model: z.string().nullable().describe("The model that answered, e.g. gpt-5-mini."),
  provider: z.string().nullable().describe("openai, anthropic, compatible or offline."),
  offline: z.boolean(),
  reused: z.boolean().describe("Carried over from the run this one resumed, not executed again."),
  attempts: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
  dependsOn: z.array(z.string()),
  conditional: z.boolean(),
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  durationMs: z.number().int().nullable(),
  error: z.string().nullable(),
  toolCalls: z.array(ZApiToolCall).describe("The step's tool calls with the policy's decision on each (arguments: GET /tools/calls?runId=)."),
});

const ZApiApproval = z.object({
  id: z.string(),
  stepId: z.string(),
  reason: z.string().describe("gate (an approval step), budget (a cost cap would be crossed) or tool (a tool call the policy wants a person to allow)."),
  prompt: z.string(),
  status: z.enum(ApprovalStatus),
  comment: z.string().nullable(),
  input: z.string().nullable().describe("What the approver added to the next steps' input."),
  decidedBy: z.string().nullable().describe("The member's name; null when decided with an API key (the comment names the key)."),
  decidedAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp,
});

const artifactFields = {
  id: z.string(),
  stepId: z.string(),
  agentId: z.string(),
  type: z.string(),
  name: z.string(),
  format: z.string(),
  path: z.string().nullable(),
  createdAt: ZTimestamp,
};

export const ZApiRun = ZApiRunSummary.omit({ projectId: true }).extend({
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  engine: z.string(),
  startedBy: z.string().nullable().describe("The member's name; null when started with an API key."),
  offline: z.boolean().describe("Whether any step was answered by the offline model."),
  totals: z.object({ inputTokens: z.number().int(), outputTokens: z.number().int(), costUsd: z.number(), modelCalls: z.number().int() }),
  steps: z.array(ZApiStep),
  approvals: z.array(ZApiApproval),
  artifacts: z.array(z.object(artifactFields)).describe("Deliverables without their content: see GET /runs/{id}/artifacts."),
  resumedAs: z.array(z.object({ runId: z.string(), number: z.number().int(), step: z.string().nullable() })),
});

export const ZApiArtifact = z.object({ ...artifactFields, runId: z.string(), content: z.string() });

type TApiRun = z.infer<typeof ZApiRun>;
type TWhen = Date | null;

/** "template:mvp", "workflow:<id>@<version>" or "github:<owner/repo#n@sha>". */
export function workflowOfRef(ref: string, name: string): z.infer<typeof ZApiRunWorkflow> {
  const workflow = /^workflow:(.+)@(\d+)$/.exec(ref);
  if (workflow) return { kind: "workspace", id: workflow[1]!, version: Number(workflow[2]), name };
  if (ref.startsWith("github:")) return { kind: "pull_request_review", id: ref.slice("github:".length), version: null, name };
  return { kind: "template", id: ref.replace(/^template:/, ""), version: null, name };
}

const durationMs = (startedAt: TWhen, finishedAt: TWhen, now = Date.now()) => (startedAt ? (finishedAt?.getTime() ?? now) - startedAt.getTime() : null);

/** "openai:gpt-5-mini" → provider and model. */
function modelParts(ref: string | null): { provider: string | null; model: string | null } {
  if (!ref) return { provider: null, model: null };
  const at = ref.indexOf(":");
  return at < 0 ? { provider: null, model: ref } : { provider: ref.slice(0, at), model: ref.slice(at + 1) };
}

export function toApiRunSummary(run: TRunListItem): z.infer<typeof ZApiRunSummary> {
  return {
    id: run.id,
    number: run.number,
    status: run.status,
    error: run.error,
    projectId: run.projectId,
    workflow: workflowOfRef(run.workflowRef, run.workflowName),
    task: run.task,
    progress: run.steps,
    costUsd: run.costUsd,
    resumedFrom: run.resumedFromId ? { runId: run.resumedFromId, step: run.resumedFromStep } : null,
    createdAt: run.createdAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    durationMs: durationMs(run.startedAt, run.finishedAt),
  };
}

export function toApiRun(run: TRunDetail): TApiRun {
  return {
    id: run.id,
    number: run.number,
    status: run.status,
    error: run.error,
    project: run.project,
    workflow: workflowOfRef(run.workflow.ref, run.workflow.name),
    task: run.task,
    engine: run.engine,
    startedBy: run.startedBy ? (run.startedBy.name ?? run.startedBy.email) : null,
    progress: { total: run.steps.length, done: run.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").length },
    costUsd: run.totals.costUsd,
    offline: run.offline,
    totals: run.totals,
    resumedFrom: run.lineage.resumedFrom ? { runId: run.lineage.resumedFrom.id, step: run.lineage.resumedFrom.step } : null,
    resumedAs: run.lineage.resumedAs.map((r) => ({ runId: r.id, number: r.number, step: r.resumedFromStep })),
    createdAt: run.createdAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    durationMs: durationMs(run.startedAt, run.finishedAt),
    steps: run.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      status: s.status,
      agent: s.agentId ? { id: s.agentId, version: s.agentVersion } : null,
      ...modelParts(s.model),
      offline: s.offline,
      reused: s.reused,
      attempts: s.attempts,
      inputTokens: s.inputTokens,
      outputTokens: s.outputTokens,
      costUsd: s.costUsd,
      dependsOn: s.dependsOn,
      conditional: s.conditional,
      startedAt: iso(s.startedAt),
      finishedAt: iso(s.finishedAt),
      durationMs: durationMs(s.startedAt, s.finishedAt),
      error: s.error,
      toolCalls: run.toolCalls
        .filter((c) => c.stepId === s.id)
        .map((c) => ({
          id: c.id,
          server: c.server,
          tool: c.tool,
          operation: c.operation,
          decision: c.decision,
          reason: c.reason,
          outcome: c.outcome,
          policyVersion: c.policyVersion,
          durationMs: c.durationMs,
          createdAt: c.createdAt.toISOString(),
        })),
    })),
    approvals: run.approvals.map((a) => ({
      id: a.id,
      stepId: a.stepId,
      reason: a.reason,
      prompt: a.prompt,
      status: a.status,
      comment: a.comment,
      input: a.inputEdit,
      decidedBy: a.decidedBy ? (a.decidedBy.name ?? a.decidedBy.email) : null,
      decidedAt: iso(a.decidedAt),
      expiresAt: a.expiresAt.toISOString(),
    })),
    artifacts: run.artifacts.map((a) => ({ id: a.id, stepId: a.stepId, agentId: a.agentId, type: a.type, name: a.name, format: a.format, path: a.path, createdAt: a.createdAt.toISOString() })),
  };
}

export function toApiArtifact(a: TRunArtifact): z.infer<typeof ZApiArtifact> {
  return { id: a.id, runId: a.runId, stepId: a.stepId, agentId: a.agentId, type: a.type, name: a.name, format: a.format, path: a.path, content: a.content, createdAt: a.createdAt.toISOString() };
}
