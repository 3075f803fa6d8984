// State changes of a run and its steps as the workflow function moves through
// them. Every write names the run's workspace; every change is announced on
// the progress bus.
import { getDb } from "@/server/db/client";
import { publishProgress } from "@/server/runs/progress-bus";

export type TStepState = "pending" | "running" | "waiting_approval" | "succeeded" | "failed" | "skipped" | "cancelled";
type TRunRef = { runId: string; workspaceId: string };

export async function markRunRunning({ runId, workspaceId }: TRunRef): Promise<void> {
  const db = await getDb();
  const now = new Date();
  await db.run.updateMany({ where: { id: runId, workspaceId, status: { in: ["queued", "waiting_approval"] } }, data: { status: "running" } });
  await db.run.updateMany({ where: { id: runId, workspaceId, startedAt: null }, data: { startedAt: now } });
  publishProgress({ type: "changed", runId });
}

export async function markStep(
  { runId, workspaceId }: TRunRef,
  stepId: string,
  patch: { status: TStepState; error?: string | null; startedAt?: Date; finishedAt?: Date; attemptsIncrement?: boolean },
): Promise<void> {
  const db = await getDb();
  await db.runStep.updateMany({
    where: { runId, workspaceId, stepId },
    data: {
      status: patch.status,
      error: patch.error,
      startedAt: patch.startedAt,
      finishedAt: patch.finishedAt,
      attempts: patch.attemptsIncrement ? { increment: 1 } : undefined,
    },
  });
  publishProgress({ type: "changed", runId, stepId });
}

/** The run's final state from its steps: any failure fails it; otherwise it succeeded. */
export async function finishRun({ runId, workspaceId }: TRunRef): Promise<{ status: "succeeded" | "failed"; error: string | null }> {
  const db = await getDb();
  const steps = await db.runStep.findMany({ where: { runId, workspaceId }, select: { stepId: true, status: true, error: true } });
  const failed = steps.find((s) => s.status === "failed");
  const status = failed ? "failed" : "succeeded";
  const error = failed ? `Step "${failed.stepId}" failed: ${failed.error ?? "unknown error"}` : null;
  await db.run.updateMany({ where: { id: runId, workspaceId, status: { notIn: ["cancelled"] } }, data: { status, error, finishedAt: new Date() } });
  publishProgress({ type: "changed", runId });
  return { status, error };
}

/** An approver let an over-budget step go on: it runs again without the run's cap. */
export async function approveStepBudget({ runId, workspaceId }: TRunRef, stepId: string): Promise<void> {
  const db = await getDb();
  const row = await db.runStep.findFirst({ where: { runId, workspaceId, stepId }, select: { override: true } });
  const override = { ...((row?.override ?? {}) as Record<string, unknown>), budgetApproved: true };
  await db.runStep.updateMany({ where: { runId, workspaceId, stepId }, data: { override } });
}
