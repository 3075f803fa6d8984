// The fake's state rendered in GitHub's REST wire format: the JSON objects
// and error bodies the real API answers with (the fields a client reads,
// plus enough of the rest to look like GitHub).
import { createHash } from "node:crypto";
import type {
  TFakeCheckRun,
  TFakeFile,
  TFakeIssueComment,
  TFakePullRequest,
  TFakeRepository,
  TFakeReview,
  TFakeReviewComment,
  TFakeUser,
} from "./fake-github-state";

const WEB = "https://github.com";
const DOCS = "https://docs.github.com/rest";

export type TWireError = { message: string; documentation_url: string; status: string; errors?: unknown[] };

export function wireError(status: number, message: string, errors?: unknown[]): TWireError {
  return { message, ...(errors ? { errors } : {}), documentation_url: DOCS, status: String(status) };
}

export function userJson(user: TFakeUser) {
  return { login: user.login, id: user.id, type: user.type, html_url: `${WEB}/${user.login}`, site_admin: false };
}

export function repoJson(repository: TFakeRepository) {
  return {
    id: repository.id,
    name: repository.name,
    full_name: `${repository.owner}/${repository.name}`,
    owner: { login: repository.owner },
    private: true,
    default_branch: repository.defaultBranch,
  };
}

export function pullJson(repository: TFakeRepository, pull: TFakePullRequest) {
  const sum = (pick: (f: TFakeFile) => number) => pull.files.reduce((total, f) => total + pick(f), 0);
  return {
    url: `/repos/${repository.owner}/${repository.name}/pulls/${pull.number}`,
    html_url: `${WEB}/${repository.owner}/${repository.name}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    draft: pull.draft,
    user: userJson(pull.user),
    head: { label: `${repository.owner}:${pull.head.ref}`, ref: pull.head.ref, sha: pull.head.sha, repo: repoJson(repository) },
    base: { label: `${repository.owner}:${pull.base.ref}`, ref: pull.base.ref, sha: pull.base.sha, repo: repoJson(repository) },
    merged: false,
    commits: pull.commits.length,
    additions: sum((f) => f.additions),
    deletions: sum((f) => f.deletions),
    changed_files: pull.files.length,
  };
}

export function fileJson(repository: TFakeRepository, file: TFakeFile, ref: string) {
  const path = `${repository.owner}/${repository.name}`;
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.changes,
    blob_url: `${WEB}/${path}/blob/${ref}/${file.filename}`,
    raw_url: `${WEB}/${path}/raw/${ref}/${file.filename}`,
    contents_url: `/repos/${path}/contents/${encodeURIComponent(file.filename)}?ref=${ref}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}

export function issueCommentJson(repository: TFakeRepository, comment: TFakeIssueComment) {
  return {
    id: comment.id,
    html_url: `${WEB}/${repository.owner}/${repository.name}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
  };
}

export function reviewCommentJson(repository: TFakeRepository, comment: TFakeReviewComment) {
  return {
    id: comment.id,
    pull_request_review_id: comment.reviewId,
    html_url: `${WEB}/${repository.owner}/${repository.name}/pull/${comment.pullNumber}#discussion_r${comment.id}`,
    path: comment.path,
    line: comment.line,
    start_line: comment.startLine,
    side: comment.side,
    commit_id: comment.commitId,
    body: comment.body,
    user: userJson(comment.user),
  };
}

export function reviewJson(repository: TFakeRepository, review: TFakeReview) {
  return {
    id: review.id,
    user: userJson(review.user),
    body: review.body,
    state: review.state,
    commit_id: review.commitId,
    html_url: `${WEB}/${repository.owner}/${repository.name}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
    submitted_at: review.state === "PENDING" ? null : new Date().toISOString(),
  };
}

export function checkRunJson(repository: TFakeRepository, run: TFakeCheckRun) {
  return {
    id: run.id,
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    details_url: run.detailsUrl,
    html_url: `${WEB}/${repository.owner}/${repository.name}/runs/${run.id}`,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: 0 },
  };
}

/** Git's blob id of some bytes, as the contents API reports it. */
export function blobSha(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** GitHub inlines contents up to 1 MB; above that, `content` is empty and `encoding` "none". */
export const INLINE_CONTENT_MAX_BYTES = 1024 * 1024;

export function contentJson(path: string, bytes: Buffer) {
  const inline = bytes.length <= INLINE_CONTENT_MAX_BYTES;
  // GitHub wraps the base64 at 60 characters a line.
  const content = inline ? (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") : "";
  return {
    type: "file",
    encoding: inline ? "base64" : "none",
    size: bytes.length,
    name: path.split("/").pop() ?? path,
    path,
    content,
    sha: blobSha(bytes),
  };
}
