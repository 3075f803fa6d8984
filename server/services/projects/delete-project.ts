// Delete a project and everything that belongs to it.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { ZProjectIdInput, type TProjectIdInput } from "./schemas";

export async function deleteProject(scope: TWorkspaceScope, raw: TProjectIdInput): Promise<void> {
  const input = ZProjectIdInput.parse(raw);
  const db = await getDb();
  await orNotFound("Project", db.project.delete({ where: { id: input.projectId, workspaceId: scope.workspaceId } }));
}
