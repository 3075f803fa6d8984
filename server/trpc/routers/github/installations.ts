import { listGitHubInstallations } from "@/server/services/github/connect/list-github-installations";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubInstallationsProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .query(({ ctx }) => listGitHubInstallations(ctx.scope));
