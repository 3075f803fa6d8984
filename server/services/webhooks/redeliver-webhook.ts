// Send a delivery again, as it was first sent (same event id, same payload):
// the row goes back to pending and a fresh delivery execution takes it, with
// the full retry schedule. An execution still retrying the old round stops.
import { getDb } from "@/server/db/client";
import { sendEngineEvent } from "@/server/engine/engine";
import { AppError, notFound } from "@/server/errors/app-error";
import { WEBHOOK_DELIVERY_REQUESTED } from "@/inngest/functions/deliver-webhook";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWebhookDeliveryIdInput, type TWebhookDeliveryIdInput } from "./schemas";
import { deliverySelect, toWebhookDelivery, type TWebhookDelivery } from "./webhook-views";

export async function redeliverWebhook(scope: TWorkspaceScope, raw: TWebhookDeliveryIdInput): Promise<TWebhookDelivery> {
  const { deliveryId } = ZWebhookDeliveryIdInput.parse(raw);
  const db = await getDb();
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId: scope.workspaceId }, select: { id: true, endpoint: { select: { disabledAt: true } } } });
  if (!delivery) throw notFound("Webhook delivery");
  if (delivery.endpoint.disabledAt) throw new AppError("CONFLICT", "This endpoint is disabled; enable it before redelivering.");
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, workspaceId: scope.workspaceId },
    data: { status: "pending", nextAttemptAt: null, deliveredAt: null },
  });
  const row = await db.webhookDelivery.findFirstOrThrow({ where: { id: delivery.id, workspaceId: scope.workspaceId }, select: deliverySelect });
  await sendEngineEvent({ name: WEBHOOK_DELIVERY_REQUESTED, data: { deliveryId: delivery.id, workspaceId: scope.workspaceId } });
  return toWebhookDelivery(row);
}
