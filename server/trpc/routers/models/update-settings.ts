import { updateModelSettings } from "@/server/services/models/model-settings";
import { ZUpdateModelSettingsInput } from "@/server/services/models/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const updateModelSettingsProcedure = workspaceProcedure
  .use(requirePermission("models.manage"))
  .input(ZUpdateModelSettingsInput)
  .mutation(({ ctx, input }) => updateModelSettings(ctx.scope, input));
