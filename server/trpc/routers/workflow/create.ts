import { createWorkflow } from "@/server/services/workflows/create-workflow";
import { ZCreateWorkflowInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createWorkflowProcedure = workspaceProcedure
  .use(requirePermission("workflow.edit"))
  .input(ZCreateWorkflowInput)
  .mutation(({ ctx, input }) => createWorkflow(ctx.scope, input));
