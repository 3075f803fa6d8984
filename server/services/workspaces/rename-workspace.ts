// Rename a workspace. The slug stays, so links people shared keep working.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import type { TWorkspaceSummary } from "./create-workspace";
import { ZRenameWorkspaceInput, type TRenameWorkspaceInput } from "./schemas";

export async function renameWorkspace(scope: TWorkspaceScope, raw: TRenameWorkspaceInput): Promise<TWorkspaceSummary> {
  const input = ZRenameWorkspaceInput.parse(raw);
  const db = await getDb();
  return orNotFound(
    "Workspace",
    db.workspace.update({
      where: { id: scope.workspaceId },
      data: { name: input.name },
      select: { id: true, name: true, slug: true },
    }),
  );
}
