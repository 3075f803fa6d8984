// A webhook handler reads one event's payload and decides what the delivery
// is: a change to accept (with the database work to do, run in the same
// transaction that records the delivery), something to ignore, or a ping.
// Handlers throw (a ZodError) on a payload missing the fields they read.
import type { TDb } from "@/server/db/client";

export type TGitHubTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export type TWebhookDecision =
  | { outcome: "accepted"; apply?: (tx: TGitHubTx, at: Date) => Promise<void> }
  | { outcome: "ignored"; reason: string }
  | { outcome: "ping" };

export type TWebhookHandler = (payload: unknown) => TWebhookDecision;
