// Signing outbound webhooks, in the manner of Standard Webhooks: each request
// carries its event id, a unix timestamp and `v1,<base64 HMAC-SHA256>` of
// "id.timestamp.body", keyed with the endpoint's secret (`whsec_` + 32 random
// bytes, base64url; the HMAC key is those bytes). `verifyWebhookSignature` is
// what a receiver runs, and what our tests run against real deliveries.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";
export const WEBHOOK_HEADERS = {
  id: "coral-webhook-id",
  timestamp: "coral-webhook-timestamp",
  signature: "coral-webhook-signature",
} as const;
export const DEFAULT_TOLERANCE_SEC = 300;

export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64url");
}

function secretKey(secret: string): Buffer {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) throw new Error(`A webhook secret starts with ${WEBHOOK_SECRET_PREFIX}.`);
  return Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), "base64url");
}

/** The bare signature (base64) of one request. */
export function computeWebhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac("sha256", secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** The headers that go with `body` (sent as is: the signature covers these exact bytes). */
export function signWebhook(secret: string, input: { id: string; body: string; timestamp?: number }): Record<string, string> {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    "Coral-Webhook-Id": input.id,
    "Coral-Webhook-Timestamp": String(timestamp),
    "Coral-Webhook-Signature": `v1,${computeWebhookSignature(secret, input.id, timestamp, input.body)}`,
  };
}

type THeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: THeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

export type TWebhookVerification = { ok: true; id: string; timestamp: number } | { ok: false; reason: "missing-headers" | "stale-timestamp" | "bad-signature" };

/**
 * Check a received webhook: the signature over the raw body (as received, before
 * any JSON parsing) and a timestamp within `toleranceSec` of now, which stops
 * replays of old requests. Several space-separated signatures are accepted
 * (secret rotation); each is compared in constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: THeaderSource,
  body: string,
  toleranceSec = DEFAULT_TOLERANCE_SEC,
  nowSec = Math.floor(Date.now() / 1000),
): TWebhookVerification {
  const id = header(headers, WEBHOOK_HEADERS.id);
  const rawTimestamp = header(headers, WEBHOOK_HEADERS.timestamp);
  const signatures = header(headers, WEBHOOK_HEADERS.signature);
  if (!id || !rawTimestamp || !signatures || !/^\d{1,12}$/.test(rawTimestamp)) return { ok: false, reason: "missing-headers" };
  const timestamp = Number(rawTimestamp);
  if (Math.abs(nowSec - timestamp) > toleranceSec) return { ok: false, reason: "stale-timestamp" };
  const expected = Buffer.from(computeWebhookSignature(secret, id, timestamp, body), "base64");
  const matches = signatures
    .split(" ")
    .filter((s) => s.startsWith("v1,"))
    .some((s) => {
      const given = Buffer.from(s.slice(3), "base64");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  return matches ? { ok: true, id, timestamp } : { ok: false, reason: "bad-signature" };
}
