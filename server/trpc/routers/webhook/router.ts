import { createRouter } from "../../init";
import { createWebhookEndpointProcedure } from "./create";
import { deleteWebhookEndpointProcedure } from "./delete";
import { listWebhookDeliveriesProcedure } from "./deliveries";
import { listWebhookEndpointsProcedure } from "./list";
import { redeliverWebhookProcedure } from "./redeliver";

export const webhookRouter = createRouter({
  list: listWebhookEndpointsProcedure,
  create: createWebhookEndpointProcedure,
  delete: deleteWebhookEndpointProcedure,
  deliveries: listWebhookDeliveriesProcedure,
  redeliver: redeliverWebhookProcedure,
});
