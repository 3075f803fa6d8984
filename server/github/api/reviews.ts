// Posting a review with inline comments. GitHub rejects the whole review (422)
// when any comment sits on a line outside the diff and does not say which, so
// the fallback posts the same review with every comment listed in its body:
// nothing the reviewer wrote is lost, it just is not anchored to a line.
import type { Octokit } from "@octokit/core";
import { z } from "zod";
import { GitHubApiError, guarded, toGitHubApiError } from "./github-api-error";
import type { TPullRequestRef } from "./pull-requests";
import { fitGitHubText } from "./text-limits";

export type TReviewEvent = "COMMENT" | "REQUEST_CHANGES" | "APPROVE";

export type TInlineComment = {
  path: string;
  /** The (last) line on the new side of the file. */
  line: number;
  side: "RIGHT";
  body: string;
  /** First line of a multi-line comment. */
  startLine?: number;
};

export type TCreateReviewInput = TPullRequestRef & {
  commitId: string;
  body: string;
  event: TReviewEvent;
  comments: TInlineComment[];
};

export type TCreatedReview = { id: number; htmlUrl: string; inlineFallback: boolean };

const ZReview = z.object({ id: z.number().int(), html_url: z.string() });

function lineLabel(comment: TInlineComment): string {
  return comment.startLine !== undefined && comment.startLine < comment.line ? `lines ${comment.startLine}–${comment.line}` : `line ${comment.line}`;
}

/** The review body with each inline comment appended as a list item (markdown inside stays intact by indenting it under the item). */
export function bodyWithInlineComments(body: string, comments: readonly TInlineComment[]): string {
  const items = comments.map((c) => {
    const text = c.body
      .split("\n")
      .map((l) => (l ? `  ${l}` : l))
      .join("\n");
    return `- \`${c.path}\` ${lineLabel(c)}\n\n${text}`;
  });
  const heading = "**Inline comments** (GitHub could not place them on the diff, so they are listed here):";
  return [body.trim(), heading, ...items].filter(Boolean).join("\n\n");
}

async function postReview(octokit: Octokit, input: TCreateReviewInput, body: string, comments: readonly TInlineComment[]) {
  const { data } = await octokit.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    commit_id: input.commitId,
    body: fitGitHubText(body),
    event: input.event,
    comments: comments.map((c) => ({
      path: c.path,
      line: c.line,
      side: c.side,
      body: fitGitHubText(c.body),
      ...(c.startLine !== undefined && c.startLine < c.line ? { start_line: c.startLine, start_side: c.side } : {}),
    })),
  });
  return ZReview.parse(data);
}

export function createReview(octokit: Octokit, input: TCreateReviewInput): Promise<TCreatedReview> {
  return guarded(async () => {
    try {
      const review = await postReview(octokit, input, input.body, input.comments);
      return { id: review.id, htmlUrl: review.html_url, inlineFallback: false };
    } catch (error) {
      const failure = toGitHubApiError(error);
      if (!(failure instanceof GitHubApiError) || failure.status !== 422 || input.comments.length === 0) throw failure;
      const review = await postReview(octokit, input, bodyWithInlineComments(input.body, input.comments), []);
      return { id: review.id, htmlUrl: review.html_url, inlineFallback: true };
    }
  });
}
