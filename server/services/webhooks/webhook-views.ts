// What the services return about endpoints and deliveries: never the secret,
// and the delivery log in attempt order.
import type { Prisma } from "@/server/db/generated/client.ts";
import type { TWebhookDeliveryStatus, TWebhookEventType } from "./schemas";

export type TWebhookEndpoint = {
  id: string;
  url: string;
  description: string;
  events: TWebhookEventType[];
  createdAt: Date;
  disabledAt: Date | null;
  /** The newest delivery to this endpoint, for the list's "last delivery" column. */
  lastDelivery: { id: string; eventType: string; status: TWebhookDeliveryStatus; lastStatus: number | null; createdAt: Date } | null;
};

export const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  createdAt: true,
  disabledAt: true,
  deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { id: true, eventType: true, status: true, lastStatus: true, createdAt: true } },
} satisfies Prisma.WebhookEndpointSelect;

type TEndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

export function toWebhookEndpoint({ deliveries, events, ...row }: TEndpointRow): TWebhookEndpoint {
  const last = deliveries[0];
  return {
    ...row,
    events: events as TWebhookEventType[],
    lastDelivery: last ? { ...last, status: last.status as TWebhookDeliveryStatus } : null,
  };
}

export type TWebhookDeliveryAttempt = { attempt: number; status: number | null; error: string | null; durationMs: number; responseSnippet: string | null; createdAt: Date };

export type TWebhookDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: TWebhookDeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  log: TWebhookDeliveryAttempt[];
};

export const deliverySelect = {
  id: true,
  endpointId: true,
  eventId: true,
  eventType: true,
  payload: true,
  status: true,
  attempts: true,
  lastStatus: true,
  lastError: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  log: { orderBy: [{ attempt: "asc" }, { createdAt: "asc" }], select: { attempt: true, status: true, error: true, durationMs: true, responseSnippet: true, createdAt: true } },
} satisfies Prisma.WebhookDeliverySelect;

type TDeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

export function toWebhookDelivery(row: TDeliveryRow): TWebhookDelivery {
  // While an attempt is being retried, nextAttemptAt is when the next one starts; otherwise it means nothing to a reader.
  return { ...row, status: row.status as TWebhookDeliveryStatus, nextAttemptAt: row.status === "delivering" ? row.nextAttemptAt : null };
}
