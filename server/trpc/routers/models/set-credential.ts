import { setProviderCredential } from "@/server/services/models/provider-credentials";
import { ZSetProviderCredentialInput } from "@/server/services/models/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const setProviderCredentialProcedure = workspaceProcedure
  .use(requirePermission("models.manage"))
  .input(ZSetProviderCredentialInput)
  .mutation(({ ctx, input }) => setProviderCredential(ctx.scope, input));
