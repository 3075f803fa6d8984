import { updateProject } from "@/server/services/projects/update-project";
import { ZUpdateProjectInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const updateProjectProcedure = workspaceProcedure
  .use(requirePermission("project.update"))
  .input(ZUpdateProjectInput)
  .mutation(({ ctx, input }) => updateProject(ctx.scope, input));
