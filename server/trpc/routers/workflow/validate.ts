import { checkDefinition } from "@/server/services/workflows/check-definition";
import { ZValidateWorkflowInput } from "@/server/services/workflows/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

/** Live validation for the editor: problems by path, or the run order. A mutation so large bodies are POSTed. */
export const validateWorkflowProcedure = workspaceProcedure
  .use(requirePermission("run.read"))
  .input(ZValidateWorkflowInput)
  .mutation(({ ctx, input }) => checkDefinition(ctx.scope, input));
