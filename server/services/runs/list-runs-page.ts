// Runs of a workspace one page at a time, newest first, optionally of one
// project and in one state (the REST API's list). A project of another
// workspace is not found rather than an empty page.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client.ts";
import { RunStatus } from "@/server/db/generated/enums.ts";
import { notFound } from "@/server/errors/app-error";
import { microsToUsd } from "@/server/models/cost";
import { pageQuery, toPage, ZPageInput, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";

export const ZRunPageFilter = z.object({
  projectId: z.string().trim().min(1).max(64).optional(),
  status: z.enum(RunStatus).optional(),
});
export type TRunPageFilter = z.input<typeof ZRunPageFilter>;

const runListSelect = {
  id: true,
  number: true,
  status: true,
  error: true,
  task: true,
  projectId: true,
  workflowRef: true,
  workflowName: true,
  resumedFromId: true,
  resumedFromStep: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  steps: { select: { status: true } },
} satisfies Prisma.RunSelect;

type TRunListRow = Prisma.RunGetPayload<{ select: typeof runListSelect }>;
export type TRunListItem = Omit<TRunListRow, "steps"> & { costUsd: number; steps: { total: number; done: number } };

export async function listRunsPage(scope: TWorkspaceScope, raw: TPageInput & TRunPageFilter): Promise<TPage<TRunListItem>> {
  const page = ZPageInput.parse(raw);
  const filter = ZRunPageFilter.parse(raw);
  const db = await getDb();
  if (filter.projectId) {
    const project = await db.project.findFirst({ where: { id: filter.projectId, workspaceId: scope.workspaceId }, select: { id: true } });
    if (!project) throw notFound("Project");
  }
  const q = pageQuery(page);
  const rows = await db.run.findMany({
    where: { workspaceId: scope.workspaceId, ...(filter.projectId ? { projectId: filter.projectId } : {}), ...(filter.status ? { status: filter.status } : {}), ...q.where },
    orderBy: q.orderBy,
    take: q.take,
    select: runListSelect,
  });
  const costs = await db.modelCall.groupBy({ by: ["runId"], where: { workspaceId: scope.workspaceId, runId: { in: rows.map((r) => r.id) } }, _sum: { costMicros: true } });
  const costOf = new Map(costs.map((c) => [c.runId, microsToUsd(c._sum.costMicros ?? 0)]));
  return toPage(rows, page.limit, ({ steps, ...run }) => ({
    ...run,
    costUsd: costOf.get(run.id) ?? 0,
    steps: { total: steps.length, done: steps.filter((s) => s.status === "succeeded" || s.status === "skipped").length },
  }));
}
