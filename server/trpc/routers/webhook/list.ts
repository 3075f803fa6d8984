import { listWebhookEndpoints } from "@/server/services/webhooks/list-webhook-endpoints";
import { requirePermission, workspaceProcedure } from "../../init";

export const listWebhookEndpointsProcedure = workspaceProcedure
  .use(requirePermission("webhook.manage"))
  .query(({ ctx }) => listWebhookEndpoints(ctx.scope));
