import { workflowAsText } from "@/server/services/workflows/workflow-as-text";
import { ZWorkflowTextInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const workflowTextProcedure = workspaceProcedure
  .use(requirePermission("run.read"))
  .input(ZWorkflowTextInput)
  .query(({ ctx, input }) => workflowAsText(ctx.scope, input));
