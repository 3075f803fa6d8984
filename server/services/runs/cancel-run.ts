// Cancel a run: it stops at the next step boundary (the engine aborts the step
// in flight, model call included); unfinished steps and open approvals close.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { sendEngineEvent } from "@/server/engine/engine";
import { RUN_CANCELLED } from "@/inngest/functions/run-workflow";
import { RUN_FINISHED, type TRunFinishedData } from "@/server/runs/execute-run";
import { publishProgress } from "@/server/runs/progress-bus";
import type { TWorkspaceScope } from "../shared/scope";
import { closeRunTools } from "./execution/step-toolbox";
import { isRunActive } from "./run-status";
import { ZRunRefInput } from "./schemas";

export async function cancelRun(scope: TWorkspaceScope, raw: { runId: string }) {
  const { runId } = ZRunRefInput.parse(raw);
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: runId, workspaceId: scope.workspaceId }, select: { id: true, status: true } });
  if (!run) throw notFound("Run");
  if (!isRunActive(run.status)) throw new AppError("CONFLICT", `The run has already ${run.status === "cancelled" ? "been cancelled" : "finished"}.`);
  const now = new Date();
  await db.$transaction([
    db.run.updateMany({ where: { id: runId, workspaceId: scope.workspaceId }, data: { status: "cancelled", finishedAt: now, error: "Cancelled." } }),
    db.runStep.updateMany({ where: { runId, workspaceId: scope.workspaceId, status: { in: ["pending", "running", "waiting_approval"] } }, data: { status: "cancelled", finishedAt: now } }),
    db.approval.updateMany({ where: { runId, workspaceId: scope.workspaceId, status: "pending" }, data: { status: "rejected", decidedAt: now, decidedById: scope.actor?.userId ?? null, comment: "Run cancelled." } }),
  ]);
  await sendEngineEvent([
    { name: RUN_CANCELLED, data: { runId, workspaceId: scope.workspaceId } },
    { name: RUN_FINISHED, data: { runId, workspaceId: scope.workspaceId, status: "cancelled" } satisfies TRunFinishedData },
  ]);
  publishProgress({ type: "changed", runId });
  // The run's tool servers stop with it (a finished run closes them in its last step; a cancelled one never gets there).
  await closeRunTools(runId).catch(() => undefined);
  return { id: runId, status: "cancelled" as const };
}
