import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { ZCreateApiKeyInput } from "@/server/services/api-keys/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

/** Returns the full key once; only its hash is stored. */
export const createApiKeyProcedure = workspaceProcedure
  .use(requirePermission("apikey.manage"))
  .input(ZCreateApiKeyInput)
  .mutation(({ ctx, input }) => createApiKey(ctx.scope, input));
