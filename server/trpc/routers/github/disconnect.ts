import { disconnectGitHubInstallation } from "@/server/services/github/connect/disconnect-github-installation";
import { ZGitHubInstallationIdInput } from "@/server/services/github/connect/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubDisconnectProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .input(ZGitHubInstallationIdInput)
  .mutation(({ ctx, input }) => disconnectGitHubInstallation(ctx.scope, input));
