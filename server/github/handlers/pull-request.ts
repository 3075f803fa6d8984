// `pull_request`: opening, reopening, pushing to or marking ready a non-draft
// pull request asks for a review. Accepting records the delivery only: the
// review run that will consume accepted deliveries is a later slice of issue #9.
import { ZPullRequestEvent } from "@/server/github/payloads";
import type { TWebhookHandler } from "./types";

export const REVIEW_TRIGGER_ACTIONS: readonly string[] = ["opened", "reopened", "synchronize", "ready_for_review"];

export const handlePullRequest: TWebhookHandler = (payload) => {
  const event = ZPullRequestEvent.parse(payload);
  if (!REVIEW_TRIGGER_ACTIONS.includes(event.action)) return { outcome: "ignored", reason: `pull_request ${event.action} does not start a review` };
  if (event.pull_request.draft) return { outcome: "ignored", reason: "draft pull request" };
  return { outcome: "accepted" };
};
