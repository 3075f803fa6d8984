import { githubSetupStatus } from "@/server/services/github/connect/github-setup-status";
import { publicOrigin } from "@/server/services/github/connect/github-urls";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubStatusProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .query(({ ctx }) => githubSetupStatus(publicOrigin(ctx.headers)));
