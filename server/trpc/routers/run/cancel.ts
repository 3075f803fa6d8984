import { cancelRun } from "@/server/services/runs/cancel-run";
import { ZRunRefInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const cancelRunProcedure = workspaceProcedure
  .use(requirePermission("run.cancel"))
  .input(ZRunRefInput)
  .mutation(({ ctx, input }) => cancelRun(ctx.scope, input));
