import { saveWorkflowVersion } from "@/server/services/workflows/save-workflow-version";
import { ZSaveWorkflowInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const saveWorkflowProcedure = workspaceProcedure
  .use(requirePermission("workflow.edit"))
  .input(ZSaveWorkflowInput)
  .mutation(({ ctx, input }) => saveWorkflowVersion(ctx.scope, input));
