import { archiveWorkflow } from "@/server/services/workflows/archive-workflow";
import { ZWorkflowRefInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const archiveWorkflowProcedure = workspaceProcedure
  .use(requirePermission("workflow.edit"))
  .input(ZWorkflowRefInput)
  .mutation(({ ctx, input }) => archiveWorkflow(ctx.scope, input));
