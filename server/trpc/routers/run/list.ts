import { listRuns } from "@/server/services/runs/list-runs";
import { ZListRunsInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listRunsProcedure = workspaceProcedure
  .use(requirePermission("run.read"))
  .input(ZListRunsInput)
  .query(({ ctx, input }) => listRuns(ctx.scope, input));
