// How webhook events and delivery states read in the UI, and the snippets the
// guide and the "secret created" view show. Which events exist is decided on
// the server (server/services/webhooks/schemas.ts).
import type { BadgeProps } from "@/components/ui/badge";
import { webhookEventDescriptions, webhookEventTypes, type TWebhookDeliveryStatus, type TWebhookEventType } from "@/server/services/webhooks/schemas";

export { webhookEventDescriptions, webhookEventTypes, type TWebhookEventType };

export const eventLabels: Record<TWebhookEventType, string> = {
  "run.succeeded": "Run succeeded",
  "run.failed": "Run failed",
  "run.waiting_approval": "Waiting for approval",
};

export const deliveryStatusBadges: Record<TWebhookDeliveryStatus, { label: string; variant: NonNullable<BadgeProps["variant"]> }> = {
  pending: { label: "Queued", variant: "secondary" },
  delivering: { label: "Retrying", variant: "warning" },
  succeeded: { label: "Delivered", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
};

export const signatureHeaders = [
  { name: "Coral-Webhook-Id", meaning: "The event id. Retries and redeliveries keep it: use it to ignore duplicates." },
  { name: "Coral-Webhook-Timestamp", meaning: "When this attempt was sent (unix seconds). Refuse old ones to stop replays." },
  { name: "Coral-Webhook-Signature", meaning: "v1, then the base64 HMAC-SHA256 of id.timestamp.body keyed with your secret." },
] as const;

export const samplePayload = JSON.stringify(
  {
    id: "evt_3f9a0c1d2b7e4f6a8c5d9e0b1a2f3c4d",
    type: "run.succeeded",
    createdAt: "2026-11-26T09:41:07.512Z",
    data: {
      run: {
        id: "cmwx9ffiq000b4x7dr3kw5wl2",
        number: 12,
        status: "succeeded",
        projectId: "cmwx9ff7r00044x7d2k1ab9zq",
        workflowName: "Full-stack web app",
        startedAt: "2026-11-26T09:32:44.120Z",
        finishedAt: "2026-11-26T09:41:07.498Z",
        error: null,
        costUsd: 0.4213,
      },
    },
  },
  null,
  2,
);

/** Checking a delivery in Node: the raw body (before JSON parsing), the headers and the secret. */
export const nodeVerifySnippet = `import { createHmac, timingSafeEqual } from "node:crypto";
const { "coral-webhook-id": id, "coral-webhook-timestamp": ts, "coral-webhook-signature": sig } = req.headers;
const key = Buffer.from(process.env.CORAL_WEBHOOK_SECRET.slice("whsec_".length), "base64url");
const expected = Buffer.from("v1," + createHmac("sha256", key).update(\`\${id}.\${ts}.\${rawBody}\`).digest("base64"));
const fresh = Math.abs(Date.now() / 1000 - Number(ts)) <= 300;
const valid = fresh && sig.split(" ").some((s) => s.length === expected.length && timingSafeEqual(Buffer.from(s), expected));`;
