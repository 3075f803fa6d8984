// Outbound webhook endpoints: list, create (the signing secret is in this one
// answer only), delete.
import { z } from "zod";
import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/server/services/webhooks/delete-webhook-endpoint";
import { listWebhookEndpointsPage } from "@/server/services/webhooks/list-webhook-endpoints";
import { webhookEventTypes, ZCreateWebhookEndpointInput } from "@/server/services/webhooks/schemas";
import type { TWebhookEndpoint } from "@/server/services/webhooks/webhook-views";
import { defineEndpoint } from "../endpoint";
import { iso, pageOf, ZIdParams, ZListQuery, ZTimestamp } from "./shared-schemas";

const ZApiWebhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  createdAt: ZTimestamp,
  disabledAt: ZTimestamp.nullable(),
  lastDelivery: z
    .object({ id: z.string(), eventType: z.string(), status: z.string(), lastStatus: z.number().int().nullable(), createdAt: ZTimestamp })
    .nullable()
    .describe("The newest delivery to this endpoint."),
});

function toApiWebhookEndpoint(endpoint: TWebhookEndpoint): z.infer<typeof ZApiWebhookEndpoint> {
  return {
    ...endpoint,
    createdAt: endpoint.createdAt.toISOString(),
    disabledAt: iso(endpoint.disabledAt),
    lastDelivery: endpoint.lastDelivery ? { ...endpoint.lastDelivery, createdAt: endpoint.lastDelivery.createdAt.toISOString() } : null,
  };
}

export const webhookEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/webhooks",
    operationId: "listWebhooks",
    summary: "List webhook endpoints",
    tag: "Webhooks",
    permission: "webhook.manage",
    query: ZListQuery,
    response: pageOf(ZApiWebhookEndpoint),
    handler: async ({ scope, query }) => {
      const page = await listWebhookEndpointsPage(scope, query);
      return { data: page.data.map(toApiWebhookEndpoint), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/webhooks",
    operationId: "createWebhook",
    summary: "Add a webhook endpoint; the answer holds its signing secret, shown only here",
    tag: "Webhooks",
    permission: "webhook.manage",
    body: ZCreateWebhookEndpointInput.strict(),
    response: ZApiWebhookEndpoint.extend({ secret: z.string().describe("whsec_…: verify Coral-Webhook-Signature with it. Not shown again.") }),
    status: 201,
    handler: async ({ scope, body }) => {
      const { endpoint, secret } = await createWebhookEndpoint(scope, body);
      return { ...toApiWebhookEndpoint(endpoint), secret };
    },
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/webhooks/{id}",
    operationId: "deleteWebhook",
    summary: "Delete a webhook endpoint and its delivery log",
    tag: "Webhooks",
    permission: "webhook.manage",
    params: ZIdParams,
    status: 204,
    handler: async ({ scope, params }) => {
      await deleteWebhookEndpoint(scope, { endpointId: params.id });
    },
  }),
];
