// Delivers one outbound webhook: triggered by webhook/delivery.requested, a
// few deliveries at a time per workspace. Each attempt is one durable step
// (logged, delivery updated); between failed attempts the execution sleeps on
// the schedule in server/webhooks/delivery-settings.ts (about a day in all),
// then the delivery is failed.
import type { TEngineFunction, TFunctionContext } from "@/server/engine/step-tools";
import { attemptWebhookDelivery, claimWebhookDelivery, type TWebhookDeliveryRef } from "@/server/services/webhooks/delivery-attempts";

export const WEBHOOK_DELIVERY_REQUESTED = "webhook/delivery.requested";
/** Deliveries in flight per workspace: a slow receiver of one workspace never holds up another's. */
export const WEBHOOK_DELIVERIES_PER_WORKSPACE = 4;

export async function deliverWebhookHandler({ event, step }: TFunctionContext<TWebhookDeliveryRef>): Promise<{ status: string; attempts: number }> {
  const ref = { deliveryId: event.data.deliveryId, workspaceId: event.data.workspaceId };
  const claim = await step.run("claim", () => claimWebhookDelivery(ref));
  if (!claim) return { status: "not-pending", attempts: 0 };
  let token = claim.token;
  for (let attempt = 1; ; attempt++) {
    const retryIn = claim.retryDelays[attempt - 1] ?? null;
    const outcome = await step.run(`attempt:${attempt}`, () => attemptWebhookDelivery(ref, token, { retryIn }));
    if (outcome.state !== "retry" || retryIn === null) return { status: outcome.state, attempts: attempt };
    await step.sleep(`backoff:${attempt}`, retryIn);
    token = outcome.token;
  }
}

export const deliverWebhook: TEngineFunction<TWebhookDeliveryRef> = {
  id: "deliver-webhook",
  trigger: WEBHOOK_DELIVERY_REQUESTED,
  concurrency: { key: "data.workspaceId", limit: WEBHOOK_DELIVERIES_PER_WORKSPACE },
  handler: deliverWebhookHandler,
};
