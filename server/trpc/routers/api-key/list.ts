import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { requirePermission, workspaceProcedure } from "../../init";

export const listApiKeysProcedure = workspaceProcedure
  .use(requirePermission("apikey.manage"))
  .query(({ ctx }) => listApiKeys(ctx.scope));
