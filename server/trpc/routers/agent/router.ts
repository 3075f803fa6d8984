import { createRouter } from "../../init";
import { createAgentProcedure } from "./create";
import { diffAgentVersionsProcedure } from "./diff";
import { getAgentProcedure } from "./get";
import { listAgentsProcedure } from "./list";
import { previewPromptProcedure } from "./preview-prompt";
import { publishAgentProcedure } from "./publish";
import { rollbackAgentProcedure } from "./rollback";
import { getAgentVersionProcedure } from "./version";
import { listAgentVersionsProcedure } from "./versions";

export const agentRouter = createRouter({
  list: listAgentsProcedure,
  get: getAgentProcedure,
  previewPrompt: previewPromptProcedure,
  create: createAgentProcedure,
  publish: publishAgentProcedure,
  rollback: rollbackAgentProcedure,
  versions: listAgentVersionsProcedure,
  version: getAgentVersionProcedure,
  diff: diffAgentVersionsProcedure,
});
