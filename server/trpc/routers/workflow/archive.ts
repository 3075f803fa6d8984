import { archiveWorkflow } from "@/server/services/workflows/workflow-services";
import { ZWorkflowRefInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const archiveWorkflowProcedure = workspaceProcedure
  .use(requirePermission("workflow.edit"))
  .input(ZWorkflowRefInput)
  .mutation(({ ctx, input }) => archiveWorkflow(ctx.scope, input));
