import { createProject } from "@/server/services/projects/create-project";
import { ZCreateProjectInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createProjectProcedure = workspaceProcedure
  .use(requirePermission("project.create"))
  .input(ZCreateProjectInput)
  .mutation(({ ctx, input }) => createProject(ctx.scope, input));
