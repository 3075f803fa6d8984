import { getModelOverview } from "@/server/services/models/model-overview";
import { requirePermission, workspaceProcedure } from "../../init";

export const modelOverviewProcedure = workspaceProcedure.use(requirePermission("usage.read")).query(({ ctx }) => getModelOverview(ctx.scope));
