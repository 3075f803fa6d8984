// How outbound webhooks are delivered: whether private targets are allowed
// (WEBHOOKS_ALLOW_PRIVATE_TARGETS), the retry schedule and the request
// timeout. Read at the moment of use, so a test (or an embedding process) can
// change them in-process with `configureWebhookDelivery` — e.g. to retry in
// milliseconds against a receiver on loopback.
import { env } from "@/server/env";

export type TWebhookDeliverySettings = {
  allowPrivateTargets: boolean;
  /** Waits between attempts: one more attempt than waits; after the last wait's attempt, the delivery fails. */
  retryDelays: readonly (string | number)[];
  timeoutMs: number;
  /** At most this much of a receiver's answer is read (and kept in the delivery log). */
  maxResponseBytes: number;
};

/** 1 min, 5 min, 30 min, 2 h, 6 h, 12 h: seven attempts over about 21 hours, then give up. */
export const DEFAULT_RETRY_DELAYS = ["1m", "5m", "30m", "2h", "6h", "12h"] as const;

const defaults: TWebhookDeliverySettings = {
  allowPrivateTargets: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
  retryDelays: DEFAULT_RETRY_DELAYS,
  timeoutMs: 10_000,
  maxResponseBytes: 4_096,
};

let current: TWebhookDeliverySettings = defaults;

export function webhookDeliverySettings(): TWebhookDeliverySettings {
  return current;
}

/** Override some settings for this process; returns a function that restores the previous ones. */
export function configureWebhookDelivery(overrides: Partial<TWebhookDeliverySettings>): () => void {
  const previous = current;
  current = { ...current, ...overrides };
  return () => {
    current = previous;
  };
}
