import { testModel, ZTestModelInput } from "@/server/services/models/test-model";
import { requirePermission, workspaceProcedure } from "../../init";

export const testModelProcedure = workspaceProcedure
  .use(requirePermission("models.manage"))
  .input(ZTestModelInput)
  .mutation(({ ctx, input }) => testModel(ctx.scope, input));
