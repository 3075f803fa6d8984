// `issue_comment`: a new comment on a pull request starting with `/coral review`
// (optionally naming an agent) asks for a review. Accepting records the
// delivery only; checking the commenter's write access and running the review
// belong to the review-run slice of issue #9, which is not built yet.
import { ZIssueCommentEvent } from "@/server/github/payloads";
import type { TWebhookHandler } from "./types";

const COMMAND = /^\/coral\s+review(?:\s|$)/;

export function isReviewCommand(body: string | null | undefined): boolean {
  return COMMAND.test((body ?? "").trimStart());
}

export const handleIssueComment: TWebhookHandler = (payload) => {
  const event = ZIssueCommentEvent.parse(payload);
  if (event.action !== "created") return { outcome: "ignored", reason: `issue_comment ${event.action} does not start a review` };
  if (!event.issue.pull_request) return { outcome: "ignored", reason: "comment on an issue, not a pull request" };
  if (!isReviewCommand(event.comment.body)) return { outcome: "ignored", reason: "comment is not a /coral review command" };
  return { outcome: "accepted" };
};
