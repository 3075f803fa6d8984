import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { ZCreateWorkspaceInput } from "@/server/services/workspaces/schemas";
import { protectedProcedure } from "../../init";

export const createWorkspaceProcedure = protectedProcedure
  .input(ZCreateWorkspaceInput)
  .mutation(({ ctx, input }) => createWorkspace(ctx.userId, input));
