// `pull_request`: opening, reopening, pushing to or marking ready a pull request
// asks for a review. Drafts are accepted too: whether to review them is the
// repository's `.coral.yml` choice (drafts: true), read when the review starts.
import { ZPullRequestEvent } from "@/server/github/payloads";
import { requestReview, type TReviewTrigger } from "@/server/services/github/review/request-review";
import type { TWebhookHandler } from "./types";

export const REVIEW_TRIGGER_ACTIONS: readonly string[] = ["opened", "reopened", "synchronize", "ready_for_review"] satisfies TReviewTrigger[];

export const handlePullRequest: TWebhookHandler = (payload, deliveryId) => {
  const event = ZPullRequestEvent.parse(payload);
  if (!REVIEW_TRIGGER_ACTIONS.includes(event.action)) return { outcome: "ignored", reason: `pull_request ${event.action} does not start a review` };
  if (!event.installation) return { outcome: "ignored", reason: "delivery without an installation" };
  const request = {
    deliveryId,
    installationId: event.installation.id,
    repoId: event.repository.id,
    pullNumber: event.pull_request.number,
    trigger: event.action as TReviewTrigger,
    headSha: event.pull_request.head.sha,
    baseRef: event.pull_request.base.ref,
    requestedBy: event.sender?.login ?? null,
    onlyAgent: null,
  };
  return { outcome: "accepted", apply: (tx) => requestReview(tx, request) };
};
