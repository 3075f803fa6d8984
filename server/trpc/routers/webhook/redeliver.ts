import { redeliverWebhook } from "@/server/services/webhooks/redeliver-webhook";
import { ZWebhookDeliveryIdInput } from "@/server/services/webhooks/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const redeliverWebhookProcedure = workspaceProcedure
  .use(requirePermission("webhook.manage"))
  .input(ZWebhookDeliveryIdInput)
  .mutation(({ ctx, input }) => redeliverWebhook(ctx.scope, input));
