import { deleteWorkspace } from "@/server/services/workspaces/delete-workspace";
import { ZDeleteWorkspaceInput } from "@/server/services/workspaces/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const deleteWorkspaceProcedure = workspaceProcedure
  .use(requirePermission("workspace.delete"))
  .input(ZDeleteWorkspaceInput)
  .mutation(({ ctx, input }) => deleteWorkspace(ctx.scope, input));
