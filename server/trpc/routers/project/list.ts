import { listProjects } from "@/server/services/projects/list-projects";
import { ZListProjectsInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listProjectsProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZListProjectsInput)
  .query(({ ctx, input }) => listProjects(ctx.scope, input));
