// One project of the workspace, by slug or id.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZGetProjectInput, type TGetProjectInput } from "./schemas";

export async function getProject(scope: TWorkspaceScope, raw: TGetProjectInput): Promise<TProject> {
  const input = ZGetProjectInput.parse(raw);
  const db = await getDb();
  const row = await db.project.findFirst({
    where: { workspaceId: scope.workspaceId, ...("projectId" in input ? { id: input.projectId } : { slug: input.projectSlug }) },
    select: projectSelect,
  });
  if (!row) throw notFound("Project");
  return toProject(row);
}
