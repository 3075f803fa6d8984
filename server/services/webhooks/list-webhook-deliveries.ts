// The delivery log of one endpoint, newest first, a page at a time, each
// delivery with every attempt (HTTP status, error, duration, answer).
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { pageQuery, toPage, type TPage } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { ZListWebhookDeliveriesInput, type TListWebhookDeliveriesInput } from "./schemas";
import { deliverySelect, toWebhookDelivery, type TWebhookDelivery } from "./webhook-views";

export async function listWebhookDeliveries(scope: TWorkspaceScope, raw: TListWebhookDeliveriesInput): Promise<TPage<TWebhookDelivery>> {
  const input = ZListWebhookDeliveriesInput.parse(raw);
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: input.endpointId, workspaceId: scope.workspaceId }, select: { id: true } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const q = pageQuery(input);
  const rows = await db.webhookDelivery.findMany({
    where: { workspaceId: scope.workspaceId, endpointId: endpoint.id, ...q.where },
    orderBy: q.orderBy,
    take: q.take,
    select: deliverySelect,
  });
  return toPage(rows, input.limit, toWebhookDelivery);
}
