import { ZSetRepositoryProjectInput } from "@/server/services/github/connect/schemas";
import { setRepositoryProject } from "@/server/services/github/connect/set-repository-project";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubSetRepositoryProjectProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .input(ZSetRepositoryProjectInput)
  .mutation(({ ctx, input }) => setRepositoryProject(ctx.scope, input));
