// The conversation on a pull request: issue comments (the bot's summary it
// keeps updating, and commands addressed to it) and the inline review comments
// already posted, so a new review does not repeat them.
import type { Octokit } from "@octokit/core";
import { z } from "zod";
import { guarded } from "./github-api-error";
import { listAllPages } from "./paginate";
import type { TRepoRef } from "./pull-requests";
import { fitGitHubText } from "./text-limits";

// A deleted account shows as a null user.
const ZUser = z.object({ login: z.string(), type: z.string() }).nullable();

export const ZIssueComment = z
  .object({ id: z.number().int(), body: z.string().optional(), user: ZUser })
  .transform((c) => ({ id: c.id, body: c.body ?? "", userLogin: c.user?.login ?? null, userType: c.user?.type ?? null }));
export type TIssueComment = z.output<typeof ZIssueComment>;

export const ZReviewComment = z
  .object({ id: z.number().int(), body: z.string(), path: z.string(), line: z.number().int().nullable().optional(), commit_id: z.string() })
  // line is null once the comment is outdated: its line left the diff.
  .transform((c) => ({ id: c.id, body: c.body, path: c.path, line: c.line ?? null, commitId: c.commit_id }));
export type TReviewComment = z.output<typeof ZReviewComment>;

const ZPosted = z.object({ id: z.number().int(), html_url: z.string() }).transform((c) => ({ id: c.id, htmlUrl: c.html_url }));
export type TPostedComment = z.output<typeof ZPosted>;

export function listIssueComments(octokit: Octokit, { owner, repo, issueNumber }: TRepoRef & { issueNumber: number }): Promise<TIssueComment[]> {
  return guarded(() =>
    listAllPages(octokit, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issueNumber }, ZIssueComment),
  );
}

export function createIssueComment(
  octokit: Octokit,
  { owner, repo, issueNumber, body }: TRepoRef & { issueNumber: number; body: string },
): Promise<TPostedComment> {
  return guarded(async () => {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: issueNumber,
      body: fitGitHubText(body),
    });
    return ZPosted.parse(data);
  });
}

export function updateIssueComment(
  octokit: Octokit,
  { owner, repo, commentId, body }: TRepoRef & { commentId: number; body: string },
): Promise<TPostedComment> {
  return guarded(async () => {
    const { data } = await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      owner,
      repo,
      comment_id: commentId,
      body: fitGitHubText(body),
    });
    return ZPosted.parse(data);
  });
}

export function listReviewComments(octokit: Octokit, { owner, repo, pullNumber }: TRepoRef & { pullNumber: number }): Promise<TReviewComment[]> {
  return guarded(() =>
    listAllPages(octokit, "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", { owner, repo, pull_number: pullNumber }, ZReviewComment),
  );
}
