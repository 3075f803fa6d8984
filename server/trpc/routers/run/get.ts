import { getRun } from "@/server/services/runs/get-run";
import { ZRunRefInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const getRunProcedure = workspaceProcedure
  .use(requirePermission("run.read"))
  .input(ZRunRefInput)
  .query(({ ctx, input }) => getRun(ctx.scope, input));
