// Approvals inside a run: opening one pauses the run (waiting_approval) until
// a person with run.approve decides or it times out; closing one records the
// outcome and lets the run go on.
import { getDb } from "@/server/db/client";
import { publishProgress } from "@/server/runs/progress-bus";

type TRunRef = { runId: string; workspaceId: string };
export type TApprovalDecision = { approved: boolean; inputEdit: string | null; timedOut: boolean };

export async function openApproval(ref: TRunRef, input: { stepId: string; reason: "gate" | "budget" | "tool"; prompt: string; timeoutHours: number }): Promise<{ approvalId: string; openedAt: number }> {
  const db = await getDb();
  const openedAt = Date.now();
  const expiresAt = new Date(openedAt + input.timeoutHours * 3_600_000);
  const approval = await db.approval.upsert({
    where: { runId_stepId_reason: { runId: ref.runId, stepId: input.stepId, reason: input.reason } },
    create: { workspaceId: ref.workspaceId, runId: ref.runId, stepId: input.stepId, reason: input.reason, prompt: input.prompt, expiresAt },
    update: { status: "pending", prompt: input.prompt, expiresAt, decidedAt: null, decidedById: null, comment: null, inputEdit: null },
  });
  await db.run.updateMany({ where: { id: ref.runId, workspaceId: ref.workspaceId, status: { in: ["running", "queued"] } }, data: { status: "waiting_approval" } });
  await db.runStep.updateMany({ where: { runId: ref.runId, workspaceId: ref.workspaceId, stepId: input.stepId }, data: { status: "waiting_approval" } });
  publishProgress({ type: "changed", runId: ref.runId, stepId: input.stepId });
  return { approvalId: approval.id, openedAt };
}

/** After the wait: a decision was made by someone (already on the row), or the wait timed out. */
export async function closeApproval(ref: TRunRef, approvalId: string, onTimeout: "approve" | "reject" | null): Promise<TApprovalDecision> {
  const db = await getDb();
  const approval = await db.approval.findFirstOrThrow({ where: { id: approvalId, workspaceId: ref.workspaceId } });
  let status = approval.status;
  if (status === "pending") {
    status = "timed_out";
    await db.approval.updateMany({ where: { id: approvalId, workspaceId: ref.workspaceId, status: "pending" }, data: { status, decidedAt: new Date(), comment: `No decision before ${approval.expiresAt.toISOString()}.` } });
  }
  const approved = status === "approved" || (status === "timed_out" && onTimeout === "approve");
  const pendingElsewhere = await db.approval.count({ where: { runId: ref.runId, workspaceId: ref.workspaceId, status: "pending" } });
  if (approved && pendingElsewhere === 0) {
    await db.run.updateMany({ where: { id: ref.runId, workspaceId: ref.workspaceId, status: "waiting_approval" }, data: { status: "running" } });
  }
  publishProgress({ type: "changed", runId: ref.runId, stepId: approval.stepId });
  return { approved, inputEdit: approval.inputEdit, timedOut: status === "timed_out" };
}
