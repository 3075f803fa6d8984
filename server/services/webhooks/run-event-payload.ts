// The body of a run event as receivers see it:
//   { id, type, createdAt, data: { run: {…}, approval? } }
// Its id is derived from the run, the event type and (for approvals) which
// approval, so building it twice — a retried engine step — names the same
// event, and the per-endpoint unique constraint keeps one delivery.
import { sha256 } from "../shared/tokens";
import { getDb } from "@/server/db/client";
import { microsToUsd } from "@/server/models/cost";
import type { TWebhookEventType } from "./schemas";

export type TRunRef = { runId: string; workspaceId: string };
/** For run.waiting_approval: the approval, and which opening of it (a budget approval can reopen). */
export type TRunEventDetail = { approvalId?: string; occurrence?: string };

export type TRunEventPayload = {
  id: string;
  type: TWebhookEventType;
  createdAt: string;
  data: {
    run: {
      id: string;
      number: number;
      status: string;
      projectId: string;
      workflowName: string;
      startedAt: string | null;
      finishedAt: string | null;
      error: string | null;
      costUsd: number;
    };
    approval?: { id: string; stepId: string; reason: string; prompt: string; expiresAt: string };
  };
};

export function runEventId(ref: TRunRef, type: TWebhookEventType, detail: TRunEventDetail = {}): string {
  const source = [ref.runId, type, detail.approvalId ?? "", detail.occurrence ?? ""].join("|");
  return `evt_${sha256(source).slice(0, 32)}`;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The payload, or null when the run (or the approval) is not in this workspace. */
export async function buildRunEventPayload(ref: TRunRef, type: TWebhookEventType, detail: TRunEventDetail = {}): Promise<TRunEventPayload | null> {
  const db = await getDb();
  const run = await db.run.findFirst({
    where: { id: ref.runId, workspaceId: ref.workspaceId },
    select: { id: true, number: true, status: true, projectId: true, workflowName: true, startedAt: true, finishedAt: true, error: true },
  });
  if (!run) return null;
  const cost = await db.modelCall.aggregate({ where: { workspaceId: ref.workspaceId, runId: run.id }, _sum: { costMicros: true } });
  const approval = detail.approvalId
    ? await db.approval.findFirst({ where: { id: detail.approvalId, runId: run.id, workspaceId: ref.workspaceId }, select: { id: true, stepId: true, reason: true, prompt: true, expiresAt: true } })
    : null;
  if (detail.approvalId && !approval) return null;
  return {
    id: runEventId(ref, type, detail),
    type,
    createdAt: new Date().toISOString(),
    data: {
      run: { ...run, status: run.status, startedAt: iso(run.startedAt), finishedAt: iso(run.finishedAt), costUsd: microsToUsd(cost._sum.costMicros ?? 0) },
      ...(approval ? { approval: { ...approval, expiresAt: approval.expiresAt.toISOString() } } : {}),
    },
  };
}
