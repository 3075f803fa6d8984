import { publishAgentVersion } from "@/server/services/custom-agents/publish-agent-version";
import { ZPublishAgentVersionInput } from "@/server/services/custom-agents/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const publishAgentProcedure = workspaceProcedure
  .use(requirePermission("agent.edit"))
  .input(ZPublishAgentVersionInput)
  .mutation(({ ctx, input }) => publishAgentVersion(ctx.scope, input));
