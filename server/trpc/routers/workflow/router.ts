import { createRouter } from "../../init";
import { archiveWorkflowProcedure } from "./archive";
import { createWorkflowProcedure } from "./create";
import { getWorkflowProcedure } from "./get";
import { listWorkflowsProcedure } from "./list";
import { saveWorkflowProcedure } from "./save";
import { listTemplatesProcedure } from "./templates";
import { workflowTextProcedure } from "./text";
import { validateWorkflowProcedure } from "./validate";

export const workflowRouter = createRouter({
  templates: listTemplatesProcedure,
  list: listWorkflowsProcedure,
  get: getWorkflowProcedure,
  create: createWorkflowProcedure,
  save: saveWorkflowProcedure,
  validate: validateWorkflowProcedure,
  text: workflowTextProcedure,
  archive: archiveWorkflowProcedure,
});
