// The run shapes the dashboard reads, taken from the services that produce them,
// and `reviveRun`, which turns a run from the event stream (plain JSON, dates as
// ISO strings) back into the same shape run.get returns (dates as Date objects).
import type { TRunDetail } from "@/server/services/runs/get-run";
import type { listRuns } from "@/server/services/runs/list-runs";
import type { listWorkflowTemplates } from "@/server/services/runs/list-templates";

export type { TRunDetail };
export type TRunStatus = TRunDetail["status"];
export type TRunStep = TRunDetail["steps"][number];
export type TStepStatus = TRunStep["status"];
export type TRunArtifact = TRunDetail["artifacts"][number];
export type TRunHandoff = TRunDetail["handoffs"][number];
export type TRunApproval = TRunDetail["approvals"][number];
export type TRunListItem = Awaited<ReturnType<typeof listRuns>>[number];
export type TWorkflowTemplate = ReturnType<typeof listWorkflowTemplates>[number];

const ACTIVE: readonly TRunStatus[] = ["queued", "running", "waiting_approval"];

/** Still going: it can be cancelled, and the page follows it live. */
export function isActive(status: TRunStatus): boolean {
  return ACTIVE.includes(status);
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function toDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

type TJson<T> = { [K in keyof T]: unknown };

/** A `snapshot` event's data as a TRunDetail. Only the date fields need work. */
export function reviveRun(raw: unknown): TRunDetail {
  const run = raw as TJson<TRunDetail> & TRunDetail;
  return {
    ...run,
    createdAt: toDate(run.createdAt),
    startedAt: toDateOrNull(run.startedAt),
    finishedAt: toDateOrNull(run.finishedAt),
    steps: run.steps.map((step) => ({ ...step, startedAt: toDateOrNull(step.startedAt), finishedAt: toDateOrNull(step.finishedAt) })),
    artifacts: run.artifacts.map((artifact) => ({ ...artifact, createdAt: toDate(artifact.createdAt) })),
    handoffs: run.handoffs.map((handoff) => ({ ...handoff, timestamp: toDate(handoff.timestamp) })),
    approvals: run.approvals.map((approval) => ({
      ...approval,
      decidedAt: toDateOrNull(approval.decidedAt),
      expiresAt: toDate(approval.expiresAt),
    })),
  };
}
