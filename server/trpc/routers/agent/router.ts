import { createRouter } from "../../init";
import { getAgentProcedure } from "./get";
import { listAgentsProcedure } from "./list";
import { previewPromptProcedure } from "./preview-prompt";

export const agentRouter = createRouter({ list: listAgentsProcedure, get: getAgentProcedure, previewPrompt: previewPromptProcedure });
