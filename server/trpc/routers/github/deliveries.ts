import { listRecentGitHubDeliveries } from "@/server/services/github/connect/list-github-activity";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubDeliveriesProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .query(({ ctx }) => listRecentGitHubDeliveries(ctx.scope));
