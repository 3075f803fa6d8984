import { getUsageSummary, ZUsageSummaryInput } from "@/server/services/models/usage-summary";
import { requirePermission, workspaceProcedure } from "../../init";

export const usageSummaryProcedure = workspaceProcedure
  .use(requirePermission("usage.read"))
  .input(ZUsageSummaryInput)
  .query(({ ctx, input }) => getUsageSummary(ctx.scope, input));
