import { removeProviderCredential } from "@/server/services/models/provider-credentials";
import { ZRemoveProviderCredentialInput } from "@/server/services/models/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const removeProviderCredentialProcedure = workspaceProcedure
  .use(requirePermission("models.manage"))
  .input(ZRemoveProviderCredentialInput)
  .mutation(({ ctx, input }) => removeProviderCredential(ctx.scope, input));
