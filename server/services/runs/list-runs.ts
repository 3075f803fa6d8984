// Runs of a workspace (or of one project), newest first, with duration and cost.
import { getDb } from "@/server/db/client";
import { microsToUsd } from "@/server/models/cost";
import type { TWorkspaceScope } from "../shared/scope";
import { ZListRunsInput } from "./schemas";

export async function listRuns(scope: TWorkspaceScope, raw: { projectId?: string; limit?: number } = {}) {
  const { projectId, limit } = ZListRunsInput.parse(raw);
  const db = await getDb();
  const runs = await db.run.findMany({
    where: { workspaceId: scope.workspaceId, ...(projectId ? { projectId } : {}) },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { project: { select: { id: true, name: true, slug: true } }, steps: { select: { status: true } }, resumedFrom: { select: { number: true } } },
  });
  const costs = await db.modelCall.groupBy({ by: ["runId"], where: { workspaceId: scope.workspaceId, runId: { in: runs.map((r) => r.id) } }, _sum: { costMicros: true } });
  const costOf = new Map(costs.map((c) => [c.runId, microsToUsd(c._sum.costMicros ?? 0)]));
  return runs.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    workflowName: r.workflowName,
    task: r.task.slice(0, 200),
    project: r.project,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.startedAt ? (r.finishedAt ?? new Date()).getTime() - r.startedAt.getTime() : null,
    costUsd: costOf.get(r.id) ?? 0,
    steps: { total: r.steps.length, done: r.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").length },
    resumedFrom: r.resumedFrom?.number ?? null,
  }));
}
