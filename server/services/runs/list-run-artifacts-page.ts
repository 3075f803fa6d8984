// A run's deliverables one page at a time, newest first, contents included
// (the REST API's list). A run of another workspace is not found.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { pageQuery, toPage, ZPageInput, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { ZRunRefInput } from "./schemas";

export type TRunArtifact = { id: string; runId: string; stepId: string; agentId: string; type: string; name: string; format: string; path: string | null; content: string; createdAt: Date };

export async function listRunArtifactsPage(scope: TWorkspaceScope, raw: TPageInput & { runId: string }): Promise<TPage<TRunArtifact>> {
  const page = ZPageInput.parse(raw);
  const { runId } = ZRunRefInput.parse(raw);
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: runId, workspaceId: scope.workspaceId }, select: { id: true } });
  if (!run) throw notFound("Run");
  const q = pageQuery(page);
  const rows = await db.artifact.findMany({
    where: { workspaceId: scope.workspaceId, runId, ...q.where },
    orderBy: q.orderBy,
    take: q.take,
    select: { id: true, runId: true, stepId: true, agentId: true, type: true, name: true, format: true, path: true, content: true, createdAt: true },
  });
  return toPage(rows, page.limit, (row) => row);
}
