// Rename a project or edit its description and settings. The slug stays put so
// links keep working.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZUpdateProjectInput, type TUpdateProjectInput } from "./schemas";

export async function updateProject(scope: TWorkspaceScope, raw: TUpdateProjectInput): Promise<TProject> {
  const { projectId, ...changes } = ZUpdateProjectInput.parse(raw);
  const db = await getDb();
  const row = await orNotFound(
    "Project",
    db.project.update({ where: { id: projectId, workspaceId: scope.workspaceId }, data: changes, select: projectSelect }),
  );
  return toProject(row);
}
