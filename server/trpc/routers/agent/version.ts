import { getAgentVersion } from "@/server/services/custom-agents/get-agent-version";
import { ZRollbackAgentInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const getAgentVersionProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .input(ZRollbackAgentInput)
  .query(({ ctx, input }) => getAgentVersion(ctx.scope, input.key, input.version));
