import { listWorkflows } from "@/server/services/workflows/list-workflows";
import { requirePermission, workspaceProcedure } from "../../init";

export const listWorkflowsProcedure = workspaceProcedure.use(requirePermission("run.read")).query(({ ctx }) => listWorkflows(ctx.scope));
