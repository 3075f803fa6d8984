import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { ZCreateWebhookEndpointInput } from "@/server/services/webhooks/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createWebhookEndpointProcedure = workspaceProcedure
  .use(requirePermission("webhook.manage"))
  .input(ZCreateWebhookEndpointInput)
  .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.scope, input));
