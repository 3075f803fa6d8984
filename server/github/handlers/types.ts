// A webhook handler reads one event's payload and decides what the delivery
// is: a change to accept (with the database work to do, run in the same
// transaction that records the delivery, possibly with engine events to send
// after it commits), something to ignore, or a ping.
// Handlers throw (a ZodError) on a payload missing the fields they read.
import type { TDb } from "@/server/db/client";
import type { TEngineEvent } from "@/server/engine/step-tools";

export type TGitHubTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** What applying a delivery led to: engine events to send once it is committed, or why it turned out to need nothing. */
export type TApplied = { events?: TEngineEvent[]; ignoredReason?: string } | void;

export type TWebhookDecision =
  | { outcome: "accepted"; apply?: (tx: TGitHubTx, at: Date) => Promise<TApplied> }
  | { outcome: "ignored"; reason: string }
  | { outcome: "ping" };

export type TWebhookHandler = (payload: unknown, deliveryId: string) => TWebhookDecision;
