import { deleteWebhookEndpoint } from "@/server/services/webhooks/delete-webhook-endpoint";
import { ZWebhookEndpointIdInput } from "@/server/services/webhooks/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const deleteWebhookEndpointProcedure = workspaceProcedure
  .use(requirePermission("webhook.manage"))
  .input(ZWebhookEndpointIdInput)
  .mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.scope, input));
