import { startGitHubInstall } from "@/server/services/github/connect/start-github-install";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubInstallUrlProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .mutation(({ ctx }) => startGitHubInstall(ctx.scope));
