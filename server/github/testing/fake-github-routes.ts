// The fake GitHub's repository endpoints for reading a pull request (metadata,
// files, comparisons, contents, collaborator permissions, review comments)
// and for its conversation (issue comments). Each answers from the in-memory
// state; reviews and check runs are in fake-github-writes.ts.
import { isRecord } from "@/server/models/testing/local-http";
import { paginate } from "./fake-github-paging";
import type { FakeGitHubState, TFakeRepository, TFakeUser } from "./fake-github-state";
import { contentJson, fileJson, issueCommentJson, pullJson, reviewCommentJson, wireError } from "./fake-github-wire";

export type TRouteContext = {
  state: FakeGitHubState;
  repository: TFakeRepository;
  query: URLSearchParams;
  body: unknown;
  /** The URL paged answers link under: origin + /repositories/{id} + the path after the repository. */
  linkBase: string;
  /** The app's bot user, the author of everything the installation writes. */
  bot: TFakeUser;
};

export type TRouteAnswer = { status: number; body: unknown; headers?: Record<string, string> };

export type TRepoRoute = { method: string; pattern: RegExp; handle: (ctx: TRouteContext, params: string[]) => TRouteAnswer };

/** GitHub lists at most 3000 files of a pull request. */
export const PULL_FILES_CAP = 3000;
/** …and 300 of a comparison, on its first page only. */
export const COMPARE_FILES_CAP = 300;
/** Without paging parameters a comparison lists 250 commits. */
const COMPARE_DEFAULT_COMMITS = 250;

export const notFound = (): TRouteAnswer => ({ status: 404, body: wireError(404, "Not Found") });
export const invalid = (...errors: unknown[]): TRouteAnswer => ({ status: 422, body: wireError(422, "Unprocessable Entity", errors) });

function linkHeader(link: string | undefined): Record<string, string> {
  return link ? { link } : {};
}

function paged(items: readonly unknown[], ctx: TRouteContext): TRouteAnswer {
  const page = paginate(items, ctx.query, ctx.linkBase);
  return { status: 200, body: page.items, headers: linkHeader(page.link) };
}

function pullOf(ctx: TRouteContext, number: string | undefined) {
  return ctx.repository.pulls.get(Number(number));
}

const getPull: TRepoRoute["handle"] = (ctx, [number]) => {
  const pull = pullOf(ctx, number);
  return pull ? { status: 200, body: pullJson(ctx.repository, pull) } : notFound();
};

const listPullFiles: TRepoRoute["handle"] = (ctx, [number]) => {
  const pull = pullOf(ctx, number);
  if (!pull) return notFound();
  return paged(
    pull.files.slice(0, PULL_FILES_CAP).map((f) => fileJson(ctx.repository, f, pull.head.sha)),
    ctx,
  );
};

const compare: TRepoRoute["handle"] = (ctx, [basehead]) => {
  const [base, head] = decodeURIComponent(basehead ?? "").split("...");
  const comparison = ctx.repository.comparisons.get(`${base}...${head}`);
  if (!comparison) return { status: 404, body: wireError(404, `No commit found for SHA: ${base}`) };
  const files = comparison.files.slice(0, COMPARE_FILES_CAP).map((f) => fileJson(ctx.repository, f, head ?? ""));
  const commits = comparison.commits.map((sha) => ({ sha, commit: { message: `Commit ${sha.slice(0, 7)}` } }));
  const summary = { status: comparison.status, ahead_by: comparison.commits.length, behind_by: 0, total_commits: comparison.commits.length };
  if (!ctx.query.has("per_page") && !ctx.query.has("page")) {
    return { status: 200, body: { ...summary, commits: commits.slice(-COMPARE_DEFAULT_COMMITS), files } };
  }
  const page = paginate(commits, ctx.query, ctx.linkBase);
  const firstPage = (ctx.query.get("page") ?? "1") === "1";
  return {
    status: 200,
    body: { ...summary, commits: page.items, ...(firstPage ? { files } : {}) },
    headers: linkHeader(page.link),
  };
};

const getContents: TRepoRoute["handle"] = (ctx, [rawPath]) => {
  const path = decodeURIComponent(rawPath ?? "").replace(/\/+$/, "");
  const ref = ctx.query.get("ref") ?? ctx.repository.defaultBranch;
  const bytes = ctx.repository.contents.get(`${ref}:${path}`);
  if (bytes) return { status: 200, body: contentJson(path, bytes) };
  const prefix = `${ref}:${path ? `${path}/` : ""}`;
  const children = [...ctx.repository.contents.keys()].filter((key) => key.startsWith(prefix));
  if (children.length === 0) return notFound();
  const names = [...new Set(children.map((key) => key.slice(prefix.length).split("/")[0] ?? ""))];
  return { status: 200, body: names.map((name) => ({ type: "dir", name, path: path ? `${path}/${name}` : name })) };
};

const getPermission: TRepoRoute["handle"] = (ctx, [username]) => {
  const login = decodeURIComponent(username ?? "");
  const collaborator = ctx.repository.collaborators.get(login.toLowerCase());
  if (!collaborator) return notFound();
  return { status: 200, body: { permission: collaborator.permission, role_name: collaborator.roleName, user: { login } } };
};

const listIssueComments: TRepoRoute["handle"] = (ctx, [number]) => {
  if (!pullOf(ctx, number)) return notFound();
  const comments = ctx.repository.issueComments.filter((c) => c.issueNumber === Number(number));
  return paged(
    comments.map((c) => issueCommentJson(ctx.repository, c)),
    ctx,
  );
};

function bodyText(ctx: TRouteContext): string | undefined {
  return isRecord(ctx.body) && typeof ctx.body.body === "string" ? ctx.body.body : undefined;
}

const createIssueComment: TRepoRoute["handle"] = (ctx, [number]) => {
  if (!pullOf(ctx, number)) return notFound();
  const body = bodyText(ctx);
  if (!body) return invalid({ resource: "IssueComment", code: "missing_field", field: "body" });
  const comment = ctx.state.addIssueComment(ctx.repository, { issueNumber: Number(number), body, user: ctx.bot });
  return { status: 201, body: issueCommentJson(ctx.repository, comment) };
};

const updateIssueComment: TRepoRoute["handle"] = (ctx, [id]) => {
  const comment = ctx.repository.issueComments.find((c) => c.id === Number(id));
  if (!comment) return notFound();
  const body = bodyText(ctx);
  if (!body) return invalid({ resource: "IssueComment", code: "missing_field", field: "body" });
  comment.body = body;
  comment.updatedAt = new Date().toISOString();
  return { status: 200, body: issueCommentJson(ctx.repository, comment) };
};

const listReviewComments: TRepoRoute["handle"] = (ctx, [number]) => {
  if (!pullOf(ctx, number)) return notFound();
  const comments = ctx.repository.reviewComments.filter((c) => c.pullNumber === Number(number));
  return paged(
    comments.map((c) => reviewCommentJson(ctx.repository, c)),
    ctx,
  );
};

export const readRoutes: TRepoRoute[] = [
  { method: "GET", pattern: /^\/pulls\/(\d+)$/, handle: getPull },
  { method: "GET", pattern: /^\/pulls\/(\d+)\/files$/, handle: listPullFiles },
  { method: "GET", pattern: /^\/compare\/(.+)$/, handle: compare },
  { method: "GET", pattern: /^\/contents(?:\/(.*))?$/, handle: getContents },
  { method: "GET", pattern: /^\/collaborators\/([^/]+)\/permission$/, handle: getPermission },
  { method: "GET", pattern: /^\/issues\/(\d+)\/comments$/, handle: listIssueComments },
  { method: "POST", pattern: /^\/issues\/(\d+)\/comments$/, handle: createIssueComment },
  { method: "PATCH", pattern: /^\/issues\/comments\/(\d+)$/, handle: updateIssueComment },
  { method: "GET", pattern: /^\/pulls\/(\d+)\/comments$/, handle: listReviewComments },
];
