import { createRouter } from "../../init";
import { listTemplatesProcedure } from "./templates";

export const workflowRouter = createRouter({ templates: listTemplatesProcedure });
