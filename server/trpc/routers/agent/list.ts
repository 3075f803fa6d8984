import { listAgents } from "@/server/services/agents/list-agents";
import { requirePermission, workspaceProcedure } from "../../init";

export const listAgentsProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .query(({ ctx }) => listAgents(ctx.scope));
