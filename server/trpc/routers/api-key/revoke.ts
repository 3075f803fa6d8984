import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { ZApiKeyIdInput } from "@/server/services/api-keys/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const revokeApiKeyProcedure = workspaceProcedure
  .use(requirePermission("apikey.manage"))
  .input(ZApiKeyIdInput)
  .mutation(({ ctx, input }) => revokeApiKey(ctx.scope, { apiKeyId: input.apiKeyId }));
