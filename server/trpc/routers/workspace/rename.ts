import { renameWorkspace } from "@/server/services/workspaces/rename-workspace";
import { ZRenameWorkspaceInput } from "@/server/services/workspaces/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const renameWorkspaceProcedure = workspaceProcedure
  .use(requirePermission("workspace.update"))
  .input(ZRenameWorkspaceInput)
  .mutation(({ ctx, input }) => renameWorkspace(ctx.scope, input));
