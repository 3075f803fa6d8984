import { listAgentVersions } from "@/server/services/custom-agents/list-agent-versions";
import { ZAgentKeyInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listAgentVersionsProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .input(ZAgentKeyInput)
  .query(({ ctx, input }) => listAgentVersions(ctx.scope, input.key));
