import { listWorkflowTemplates } from "@/server/services/runs/list-templates";
import { requirePermission, workspaceProcedure } from "../../init";

export const listTemplatesProcedure = workspaceProcedure.use(requirePermission("run.read")).query(() => listWorkflowTemplates());
