// Approve or reject what a run is waiting for (a gate, or going over budget),
// optionally adding to the next steps' input; the run goes on at once.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { sendEngineEvent } from "@/server/engine/engine";
import { APPROVAL_EVENT } from "@/server/runs/execute-run";
import type { TWorkspaceScope } from "../shared/scope";
import { ZDecideApprovalInput, type TDecideApprovalInput } from "./schemas";

export async function decideApproval(scope: TWorkspaceScope, raw: TDecideApprovalInput) {
  const input = ZDecideApprovalInput.parse(raw);
  const db = await getDb();
  const approval = await db.approval.findFirst({ where: { id: input.approvalId, runId: input.runId, workspaceId: scope.workspaceId } });
  if (!approval) throw notFound("Approval");
  if (approval.status !== "pending") throw new AppError("CONFLICT", `This approval was already ${approval.status.replace("_", " ")}.`);
  const decided = await db.approval.updateMany({
    where: { id: approval.id, workspaceId: scope.workspaceId, status: "pending" },
    data: {
      status: input.approved ? "approved" : "rejected",
      comment: input.comment ?? null,
      inputEdit: input.approved ? (input.inputEdit ?? null) : null,
      decidedById: scope.actor?.userId ?? null,
      decidedAt: new Date(),
    },
  });
  if (decided.count === 0) throw new AppError("CONFLICT", "Someone else decided this approval a moment ago.");
  await sendEngineEvent({ name: APPROVAL_EVENT, data: { runId: input.runId, approvalId: approval.id, approved: input.approved, workspaceId: scope.workspaceId } });
  return { id: approval.id, status: input.approved ? ("approved" as const) : ("rejected" as const) };
}
