import { getProjectProgress, ZProjectProgressInput } from "@/server/services/runs/project-progress";
import { requirePermission, workspaceProcedure } from "../../init";

export const projectProgressProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZProjectProgressInput)
  .query(({ ctx, input }) => getProjectProgress(ctx.scope, input));
