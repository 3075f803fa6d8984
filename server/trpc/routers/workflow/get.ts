import { z } from "zod";
import { getWorkflowVersion } from "@/server/services/workflows/get-workflow-version";
import { requirePermission, workspaceProcedure } from "../../init";

export const getWorkflowProcedure = workspaceProcedure
  .use(requirePermission("run.read"))
  .input(z.object({ workflowId: z.string().min(1), version: z.number().int().positive().optional() }))
  .query(({ ctx, input }) => getWorkflowVersion(ctx.scope, input));
