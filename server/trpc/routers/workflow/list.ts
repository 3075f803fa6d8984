import { listWorkflows } from "@/server/services/workflows/workflow-services";
import { requirePermission, workspaceProcedure } from "../../init";

export const listWorkflowsProcedure = workspaceProcedure.use(requirePermission("run.read")).query(({ ctx }) => listWorkflows(ctx.scope));
