import { getProject } from "@/server/services/projects/get-project";
import { ZGetProjectInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const getProjectProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZGetProjectInput)
  .query(({ ctx, input }) => getProject(ctx.scope, input));
