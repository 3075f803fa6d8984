// Delete a workspace and everything in it. The caller must type the name.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { ZDeleteWorkspaceInput, type TDeleteWorkspaceInput } from "./schemas";

export async function deleteWorkspace(scope: TWorkspaceScope, raw: TDeleteWorkspaceInput): Promise<void> {
  const input = ZDeleteWorkspaceInput.parse(raw);
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { id: scope.workspaceId }, select: { name: true } });
  if (!workspace) throw notFound("Workspace");
  if (input.confirmName.trim() !== workspace.name) {
    throw new AppError("INVALID_INPUT", `Type the workspace name "${workspace.name}" to confirm.`);
  }
  await db.workspace.deleteMany({ where: { id: scope.workspaceId } });
}
