// Projects of a workspace, newest activity first.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZListProjectsInput, type TListProjectsInput } from "./schemas";

export async function listProjects(scope: TWorkspaceScope, raw: TListProjectsInput = {}): Promise<TProject[]> {
  const input = ZListProjectsInput.parse(raw);
  const db = await getDb();
  const archivedAt = input.status === "active" ? null : input.status === "archived" ? { not: null } : undefined;
  const rows = await db.project.findMany({
    where: { workspaceId: scope.workspaceId, ...(archivedAt !== undefined ? { archivedAt } : {}) },
    orderBy: [{ updatedAt: "desc" }],
    select: projectSelect,
  });
  return rows.map(toProject);
}
