import { listWebhookDeliveries } from "@/server/services/webhooks/list-webhook-deliveries";
import { ZListWebhookDeliveriesInput } from "@/server/services/webhooks/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listWebhookDeliveriesProcedure = workspaceProcedure
  .use(requirePermission("webhook.manage"))
  .input(ZListWebhookDeliveriesInput)
  .query(({ ctx, input }) => listWebhookDeliveries(ctx.scope, input));
