import { startRun } from "@/server/services/runs/start-run";
import { ZStartRunInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const startRunProcedure = workspaceProcedure
  .use(requirePermission("run.start"))
  .input(ZStartRunInput)
  .mutation(({ ctx, input }) => startRun(ctx.scope, input));
