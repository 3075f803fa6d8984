// Queue a run event for every enabled endpoint of the run's workspace that
// subscribes to it: one delivery row per endpoint (the unique (endpoint,
// event id) makes a retried engine step a no-op) and one engine event per
// delivery still waiting to be taken.
import { getDb } from "@/server/db/client";
import { sendEngineEvent } from "@/server/engine/engine";
import { WEBHOOK_DELIVERY_REQUESTED } from "@/inngest/functions/deliver-webhook";
import { buildRunEventPayload, runEventId, type TRunEventDetail, type TRunRef } from "./run-event-payload";
import type { TWebhookEventType } from "./schemas";

export type TEnqueuedRunEvent = { eventId: string; queued: number };

// A finished-run event is only true of a run in that state (one cancelled meanwhile sends nothing).
const requiredStatus: Partial<Record<TWebhookEventType, string>> = { "run.succeeded": "succeeded", "run.failed": "failed" };

export async function enqueueRunEvent(ref: TRunRef, type: TWebhookEventType, detail: TRunEventDetail = {}): Promise<TEnqueuedRunEvent> {
  const eventId = runEventId(ref, type, detail);
  const db = await getDb();
  const endpoints = await db.webhookEndpoint.findMany({ where: { workspaceId: ref.workspaceId, disabledAt: null, events: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) return { eventId, queued: 0 };
  const payload = await buildRunEventPayload(ref, type, detail);
  const required = requiredStatus[type];
  if (!payload || (required && payload.data.run.status !== required)) return { eventId, queued: 0 };

  await db.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ workspaceId: ref.workspaceId, endpointId: endpoint.id, eventId, eventType: type, payload })),
    skipDuplicates: true,
  });
  // The new deliveries, and any an interrupted earlier try created but never announced.
  const pending = await db.webhookDelivery.findMany({ where: { workspaceId: ref.workspaceId, eventId, status: "pending" }, select: { id: true } });
  if (pending.length > 0) {
    await sendEngineEvent(pending.map((d) => ({ name: WEBHOOK_DELIVERY_REQUESTED, data: { deliveryId: d.id, workspaceId: ref.workspaceId } })));
  }
  return { eventId, queued: pending.length };
}

/** For the run workflow: webhooks must never fail a run, so a failure to queue is logged and reported, not thrown. */
export async function notifyRunEvent(ref: TRunRef, type: TWebhookEventType, detail: TRunEventDetail = {}): Promise<TEnqueuedRunEvent & { error?: string }> {
  try {
    return await enqueueRunEvent(ref, type, detail);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`webhooks: could not queue ${type} for run ${ref.runId}: ${message}`);
    return { eventId: runEventId(ref, type, detail), queued: 0, error: message };
  }
}
