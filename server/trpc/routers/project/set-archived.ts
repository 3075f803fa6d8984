import { setProjectArchived } from "@/server/services/projects/set-project-archived";
import { ZSetProjectArchivedInput } from "@/server/services/projects/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const setProjectArchivedProcedure = workspaceProcedure
  .use(requirePermission("project.archive"))
  .input(ZSetProjectArchivedInput)
  .mutation(({ ctx, input }) => setProjectArchived(ctx.scope, input));
