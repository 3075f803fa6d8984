// The durable steps of delivering one webhook (inngest/functions/deliver-webhook.ts).
// A delivery is claimed (pending → delivering) by exactly one execution, which
// then owns it through a fencing token: the `nextAttemptAt` it last wrote.
// Redelivery resets the row, so an older execution that wakes up later finds
// its token gone and stops instead of sending again.
import { getDb } from "@/server/db/client";
import { decryptSecret } from "@/server/crypto/secret-box";
import { durationMs } from "@/server/engine/step-tools";
import { webhookDeliverySettings } from "@/server/webhooks/delivery-settings";
import { sendWebhook } from "@/server/webhooks/send-webhook";
import { signWebhook } from "@/server/webhooks/sign";

export type TWebhookDeliveryRef = { deliveryId: string; workspaceId: string };
export type TDeliveryClaim = { token: string; retryDelays: (string | number)[] };
export type TAttemptOutcome =
  | { state: "retry"; token: string; status: number | null }
  | { state: "succeeded" | "failed"; token: null; status: number | null }
  | { state: "superseded"; token: null; status: null };

/** Take a pending delivery; null when another execution has it (or it is gone). The retry schedule is fixed here, for every replay. */
export async function claimWebhookDelivery(ref: TWebhookDeliveryRef): Promise<TDeliveryClaim | null> {
  const db = await getDb();
  const token = new Date();
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: ref.deliveryId, workspaceId: ref.workspaceId, status: "pending" },
    data: { status: "delivering", nextAttemptAt: token },
  });
  return count === 0 ? null : { token: token.toISOString(), retryDelays: [...webhookDeliverySettings().retryDelays] };
}

/**
 * One attempt: sign and POST the payload, log the attempt, and move the
 * delivery on: succeeded on 2xx; otherwise delivering until `retryIn` (the new
 * token), or failed when there is no retry left.
 */
export async function attemptWebhookDelivery(ref: TWebhookDeliveryRef, token: string, plan: { retryIn: string | number | null }): Promise<TAttemptOutcome> {
  const db = await getDb();
  const owned = { id: ref.deliveryId, workspaceId: ref.workspaceId, status: "delivering", nextAttemptAt: new Date(token) };
  const delivery = await db.webhookDelivery.findFirst({ where: owned, include: { endpoint: { select: { url: true, secretSealed: true, disabledAt: true } } } });
  if (!delivery) return { state: "superseded", token: null, status: null };
  const giveUp = async (lastError: string): Promise<TAttemptOutcome> => {
    await db.webhookDelivery.updateMany({ where: owned, data: { status: "failed", lastError, nextAttemptAt: null } });
    return { state: "failed", token: null, status: null };
  };
  if (delivery.endpoint.disabledAt) return giveUp("The endpoint is disabled.");
  let secret: string;
  try {
    secret = decryptSecret(delivery.endpoint.secretSealed, ref.workspaceId);
  } catch {
    // Retrying cannot help: the deployment's encryption key is not the one the secret was sealed with.
    return giveUp("The endpoint's signing secret can't be read (was CORAL_ENCRYPTION_KEY changed?). Delete the endpoint and add it again.");
  }

  const settings = webhookDeliverySettings();
  const body = JSON.stringify(delivery.payload);
  const result = await sendWebhook(delivery.endpoint.url, body, signWebhook(secret, { id: delivery.eventId, body }), settings);

  const now = new Date();
  const next = result.ok || plan.retryIn === null ? null : new Date(now.getTime() + durationMs(plan.retryIn));
  const status = result.ok ? "succeeded" : next ? "delivering" : "failed";
  const [, updated] = await db.$transaction([
    db.webhookDeliveryAttempt.create({
      data: {
        workspaceId: ref.workspaceId,
        deliveryId: delivery.id,
        attempt: delivery.attempts + 1,
        status: result.status,
        error: result.error,
        durationMs: result.durationMs,
        responseSnippet: result.responseSnippet,
      },
    }),
    db.webhookDelivery.updateMany({
      where: owned,
      data: {
        status,
        attempts: { increment: 1 },
        lastStatus: result.status,
        lastError: result.error,
        lastAttemptAt: now,
        nextAttemptAt: next,
        deliveredAt: result.ok ? now : null,
      },
    }),
  ]);
  if (updated.count === 0) return { state: "superseded", token: null, status: null };
  if (next) return { state: "retry", token: next.toISOString(), status: result.status };
  return { state: result.ok ? "succeeded" : "failed", token: null, status: result.status };
}
