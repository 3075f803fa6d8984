import { listModelCalls, ZListModelCallsInput } from "@/server/services/models/list-model-calls";
import { requirePermission, workspaceProcedure } from "../../init";

export const listModelCallsProcedure = workspaceProcedure
  .use(requirePermission("usage.read"))
  .input(ZListModelCallsInput)
  .query(({ ctx, input }) => listModelCalls(ctx.scope, input));
