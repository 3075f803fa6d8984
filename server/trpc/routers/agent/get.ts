import { z } from "zod";
import { getAgent } from "@/server/services/agents/get-agent";
import { requirePermission, workspaceProcedure } from "../../init";

export const getAgentProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .input(z.object({ agentId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => getAgent(ctx.scope, input.agentId));
