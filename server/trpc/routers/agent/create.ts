import { createCustomAgent } from "@/server/services/custom-agents/create-custom-agent";
import { ZCreateCustomAgentInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createAgentProcedure = workspaceProcedure
  .use(requirePermission("agent.edit"))
  .input(ZCreateCustomAgentInput)
  .mutation(({ ctx, input }) => createCustomAgent(ctx.scope, input));
