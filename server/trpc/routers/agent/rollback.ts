import { rollbackAgent } from "@/server/services/custom-agents/rollback-agent";
import { ZRollbackAgentInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const rollbackAgentProcedure = workspaceProcedure
  .use(requirePermission("agent.edit"))
  .input(ZRollbackAgentInput)
  .mutation(({ ctx, input }) => rollbackAgent(ctx.scope, input));
