import { deleteProject } from "@/server/services/projects/delete-project";
import { ZProjectIdInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const deleteProjectProcedure = workspaceProcedure
  .use(requirePermission("project.delete"))
  .input(ZProjectIdInput)
  .mutation(({ ctx, input }) => deleteProject(ctx.scope, input));
