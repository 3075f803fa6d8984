// Projects of a workspace one page at a time, newest first (the REST API's list).
import { getDb } from "@/server/db/client";
import { pageQuery, toPage, ZPageInput, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZProjectPageInput } from "./schemas";

export async function listProjectsPage(scope: TWorkspaceScope, raw: TPageInput & { status?: "active" | "archived" | "all" }): Promise<TPage<TProject>> {
  const page = ZPageInput.parse(raw);
  const { status } = ZProjectPageInput.parse(raw);
  const db = await getDb();
  const q = pageQuery(page);
  const archived = status === "active" ? { archivedAt: null } : status === "archived" ? { archivedAt: { not: null } } : {};
  const rows = await db.project.findMany({ where: { workspaceId: scope.workspaceId, ...archived, ...q.where }, orderBy: q.orderBy, take: q.take, select: projectSelect });
  return toPage(rows, page.limit, toProject);
}
