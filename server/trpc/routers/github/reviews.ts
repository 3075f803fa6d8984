import { listRecentGitHubReviews } from "@/server/services/github/connect/list-github-activity";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubReviewsProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .query(({ ctx }) => listRecentGitHubReviews(ctx.scope));
