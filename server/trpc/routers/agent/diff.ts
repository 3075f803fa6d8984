import { diffAgentVersions } from "@/server/services/custom-agents/diff-agent-versions";
import { ZDiffAgentVersionsInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const diffAgentVersionsProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .input(ZDiffAgentVersionsInput)
  .query(({ ctx, input }) => diffAgentVersions(ctx.scope, input));
