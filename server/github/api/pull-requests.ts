// Reading a pull request for review: its metadata, every changed file with its
// patch, and — for an incremental review after a push — the files changed
// between the last reviewed commit and the new head.
import type { Octokit } from "@octokit/core";
import { z } from "zod";
import { guarded, nullOn404 } from "./github-api-error";
import { listAllPages } from "./paginate";

export type TRepoRef = { owner: string; repo: string };
export type TPullRequestRef = TRepoRef & { pullNumber: number };

/** GitHub lists at most 3000 files of a pull request, however many changed. */
export const PULL_REQUEST_FILES_CAP = 3000;
/** A comparison lists at most 300 files, on its first page only. */
export const COMPARE_FILES_CAP = 300;

export const ZPullRequest = z
  .object({
    number: z.number().int(),
    title: z.string(),
    body: z.string().nullable(),
    draft: z.boolean().optional(),
    state: z.enum(["open", "closed"]),
    head: z.object({ sha: z.string(), ref: z.string() }),
    base: z.object({ sha: z.string(), ref: z.string() }),
    user: z.object({ login: z.string() }).nullable(),
    html_url: z.string(),
  })
  .transform((pr) => ({
    number: pr.number,
    title: pr.title,
    body: pr.body,
    draft: pr.draft ?? false,
    state: pr.state,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    // null when the author's account was deleted.
    userLogin: pr.user?.login ?? null,
    htmlUrl: pr.html_url,
  }));
export type TPullRequest = z.output<typeof ZPullRequest>;

export const ZChangedFile = z
  .object({
    filename: z.string(),
    previous_filename: z.string().optional(),
    status: z.enum(["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"]),
    additions: z.number().int(),
    deletions: z.number().int(),
    changes: z.number().int(),
    // Absent for binary files and diffs too large to show.
    patch: z.string().optional(),
    sha: z.string().nullable(),
  })
  .transform((f) => ({
    filename: f.filename,
    previousFilename: f.previous_filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    patch: f.patch,
    sha: f.sha,
  }));
export type TChangedFile = z.output<typeof ZChangedFile>;

export type TChangedFiles = { files: TChangedFile[]; truncatedByGitHub: boolean };

const ZComparison = z.object({
  status: z.enum(["diverged", "ahead", "behind", "identical"]),
  total_commits: z.number().int(),
  files: z.array(ZChangedFile).optional(),
});
export type TComparison = TChangedFiles & { status: z.output<typeof ZComparison>["status"]; totalCommits: number };

export function getPullRequest(octokit: Octokit, { owner, repo, pullNumber }: TPullRequestRef): Promise<TPullRequest> {
  return guarded(async () => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: pullNumber });
    return ZPullRequest.parse(data);
  });
}

export function listPullRequestFiles(octokit: Octokit, { owner, repo, pullNumber }: TPullRequestRef): Promise<TChangedFiles> {
  return guarded(async () => {
    const files = await listAllPages(octokit, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner, repo, pull_number: pullNumber }, ZChangedFile);
    return { files, truncatedByGitHub: files.length >= PULL_REQUEST_FILES_CAP };
  });
}

/** What changed from `base` to `head`; null when GitHub no longer knows `base` (a force-push dropped it). */
export function compareCommits(octokit: Octokit, { owner, repo, base, head }: TRepoRef & { base: string; head: string }): Promise<TComparison | null> {
  return nullOn404(async () => {
    // Files come on the first page only, so one page of one commit is all we
    // fetch; total_commits still counts the whole comparison.
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
      owner,
      repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    const comparison = ZComparison.parse(data);
    const files = comparison.files ?? [];
    return { status: comparison.status, totalCommits: comparison.total_commits, files, truncatedByGitHub: files.length >= COMPARE_FILES_CAP };
  });
}
