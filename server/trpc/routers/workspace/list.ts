import { listWorkspaces } from "@/server/services/workspaces/list-workspaces";
import { protectedProcedure } from "../../init";

export const listWorkspacesProcedure = protectedProcedure.query(({ ctx }) => listWorkspaces(ctx.userId));
