// `issue_comment`: a new comment on a pull request starting with `/coral review`
// (optionally naming an agent) asks for a full review. Whether the commenter
// may ask (write access) is checked with GitHub when the review starts.
import { ZIssueCommentEvent } from "@/server/github/payloads";
import { requestReview } from "@/server/services/github/review/request-review";
import type { TWebhookHandler } from "./types";

const COMMAND = /^\/coral\s+review(?:\s+([A-Za-z][\w-]{0,63}))?\s*(?:$|\n)/;

export function isReviewCommand(body: string | null | undefined): boolean {
  return COMMAND.test((body ?? "").trimStart());
}

/** The agent a `/coral review <agent>` comment names (dashes read as underscores), or null for a full review. */
export function commandAgent(body: string | null | undefined): string | null {
  const name = COMMAND.exec((body ?? "").trimStart())?.[1];
  return name ? name.toLowerCase().replaceAll("-", "_") : null;
}

export const handleIssueComment: TWebhookHandler = (payload, deliveryId) => {
  const event = ZIssueCommentEvent.parse(payload);
  if (event.action !== "created") return { outcome: "ignored", reason: `issue_comment ${event.action} does not start a review` };
  if (!event.issue.pull_request) return { outcome: "ignored", reason: "comment on an issue, not a pull request" };
  if (!isReviewCommand(event.comment.body)) return { outcome: "ignored", reason: "comment is not a /coral review command" };
  if (!event.installation) return { outcome: "ignored", reason: "delivery without an installation" };
  const request = {
    deliveryId,
    installationId: event.installation.id,
    repoId: event.repository.id,
    pullNumber: event.issue.number,
    trigger: "comment" as const,
    headSha: null,
    baseRef: null,
    requestedBy: event.comment.user?.login ?? null,
    onlyAgent: commandAgent(event.comment.body),
  };
  return { outcome: "accepted", apply: (tx) => requestReview(tx, request) };
};
