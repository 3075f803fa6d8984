import { createRouter } from "../../init";
import { createApiKeyProcedure } from "./create";
import { listApiKeysProcedure } from "./list";
import { revokeApiKeyProcedure } from "./revoke";

export const apiKeyRouter = createRouter({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  revoke: revokeApiKeyProcedure,
});
