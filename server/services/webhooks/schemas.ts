// Inputs of the outbound webhook services, and the events an endpoint can
// subscribe to. Plain zod (no server imports), so the dashboard and the REST
// layer's OpenAPI document use the same schemas.
import { z } from "zod";

export const webhookEventTypes = ["run.succeeded", "run.failed", "run.waiting_approval"] as const;
export type TWebhookEventType = (typeof webhookEventTypes)[number];

export const webhookEventDescriptions: Record<TWebhookEventType, string> = {
  "run.succeeded": "A run finished and every step succeeded.",
  "run.failed": "A run finished with a failed or rejected step.",
  "run.waiting_approval": "A run paused for a person's approval (a gate, or a step over budget).",
};

export const webhookDeliveryStatuses = ["pending", "delivering", "succeeded", "failed"] as const;
export type TWebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export const ZWebhookEventType = z.enum(webhookEventTypes, { error: `Events are ${webhookEventTypes.join(", ")}.` });

export const ZWebhookUrl = z
  .string({ error: "Enter the URL that should receive the events." })
  .trim()
  .min(1, "Enter the URL that should receive the events.")
  .max(2_000, "Use a URL of at most 2,000 characters.");

export const ZCreateWebhookEndpointInput = z.object({
  url: ZWebhookUrl,
  events: z
    .array(ZWebhookEventType, { error: "Choose the events to send." })
    .min(1, "Choose at least one event.")
    // Stored once each, in the canonical order, however they were sent.
    .transform((events) => webhookEventTypes.filter((e) => events.includes(e))),
  description: z.string().trim().max(500, "Use at most 500 characters.").default(""),
});
export type TCreateWebhookEndpointInput = z.input<typeof ZCreateWebhookEndpointInput>;

const ZRowId = (what: string) => z.string({ error: `Which ${what}?` }).min(1, `Which ${what}?`).max(64, `That is not a ${what} id.`);

export const ZWebhookEndpointIdInput = z.object({ endpointId: ZRowId("endpoint") });
export type TWebhookEndpointIdInput = z.infer<typeof ZWebhookEndpointIdInput>;

export const ZWebhookDeliveryIdInput = z.object({ deliveryId: ZRowId("delivery") });
export type TWebhookDeliveryIdInput = z.infer<typeof ZWebhookDeliveryIdInput>;

export const ZListWebhookDeliveriesInput = z.object({
  endpointId: ZRowId("endpoint"),
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(25),
  cursor: z.string().max(200).optional(),
});
export type TListWebhookDeliveriesInput = z.input<typeof ZListWebhookDeliveriesInput>;
