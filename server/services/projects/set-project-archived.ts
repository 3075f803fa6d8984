// Archive or restore a project. Archived projects keep their data and leave the
// default list.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZSetProjectArchivedInput, type TSetProjectArchivedInput } from "./schemas";

export async function setProjectArchived(scope: TWorkspaceScope, raw: TSetProjectArchivedInput): Promise<TProject> {
  const input = ZSetProjectArchivedInput.parse(raw);
  const db = await getDb();
  const row = await orNotFound(
    "Project",
    db.project.update({
      where: { id: input.projectId, workspaceId: scope.workspaceId },
      data: { archivedAt: input.archived ? new Date() : null },
      select: projectSelect,
    }),
  );
  return toProject(row);
}
