// The fake GitHub's review and check-run endpoints, with GitHub's validation:
// a review comment must sit on a line of its file's diff (else the whole
// review is refused with 422), a completed check run needs a conclusion.
import { isRecord } from "@/server/models/testing/local-http";
import { invalid, notFound, type TRepoRoute, type TRouteContext } from "./fake-github-routes";
import type { TFakeCheckRun, TFakePullRequest, TFakeReview, TFakeReviewComment } from "./fake-github-state";
import { checkRunJson, reviewJson } from "./fake-github-wire";
import { commentableLines } from "./patches";

export const LINE_NOT_IN_DIFF = "pull_request_review_thread.line must be part of the diff";
export const START_LINE_NOT_IN_HUNK = "pull_request_review_thread.start_line must be part of the same hunk as the line";

const reviewStates: Record<string, TFakeReview["state"]> = { APPROVE: "APPROVED", REQUEST_CHANGES: "CHANGES_REQUESTED", COMMENT: "COMMENTED" };

type TDraftComment = Omit<TFakeReviewComment, "id" | "reviewId" | "pullNumber" | "commitId" | "user">;

const num = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value : undefined);
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The comment as GitHub would store it, or the reason GitHub refuses it. */
function draftComment(pull: TFakePullRequest, raw: unknown): TDraftComment | string {
  if (!isRecord(raw)) return "pull_request_review_thread is invalid";
  const path = str(raw.path);
  const line = num(raw.line);
  const body = str(raw.body);
  const side = raw.side === "LEFT" ? "LEFT" : "RIGHT";
  if (!path || !body) return "pull_request_review_thread.path and body are required";
  const patch = pull.files.find((f) => f.filename === path)?.patch;
  const lines = patch === undefined ? undefined : commentableLines(patch)[side === "LEFT" ? "left" : "right"];
  const hunk = line === undefined ? undefined : lines?.get(line);
  if (hunk === undefined || line === undefined) return LINE_NOT_IN_DIFF;
  const startLine = num(raw.start_line) ?? null;
  if (startLine !== null && (startLine >= line || lines?.get(startLine) !== hunk)) return START_LINE_NOT_IN_HUNK;
  return { path, line, startLine, side, body };
}

const createReview: TRepoRoute["handle"] = (ctx, [number]) => {
  const pull = ctx.repository.pulls.get(Number(number));
  if (!pull) return notFound();
  const input = isRecord(ctx.body) ? ctx.body : {};
  const commitId = str(input.commit_id) ?? pull.head.sha;
  if (!pull.commits.includes(commitId)) return invalid("commit_id is not part of the pull request");
  const event = str(input.event);
  if (event !== undefined && !(event in reviewStates)) return invalid(`event "${event}" is not one of APPROVE, REQUEST_CHANGES, COMMENT`);
  const drafts = (Array.isArray(input.comments) ? input.comments : []).map((c) => draftComment(pull, c));
  const refused = drafts.filter((d): d is string => typeof d === "string");
  if (refused.length > 0) return invalid(...new Set(refused));
  const review: TFakeReview = {
    id: ctx.state.nextId(),
    pullNumber: pull.number,
    body: str(input.body) ?? "",
    state: event ? (reviewStates[event] ?? "COMMENTED") : "PENDING",
    commitId,
    user: ctx.bot,
  };
  ctx.repository.reviews.push(review);
  for (const draft of drafts) {
    if (typeof draft === "string") continue;
    ctx.repository.reviewComments.push({ ...draft, id: ctx.state.nextId(), reviewId: review.id, pullNumber: pull.number, commitId, user: ctx.bot });
  }
  return { status: 200, body: reviewJson(ctx.repository, review) };
};

function readOutput(raw: unknown, previous: TFakeCheckRun["output"]): TFakeCheckRun["output"] | string {
  if (raw === undefined) return previous;
  if (!isRecord(raw) || !str(raw.title) || !str(raw.summary)) return "output needs a title and a summary";
  return { title: str(raw.title) ?? null, summary: str(raw.summary) ?? null, text: str(raw.text) ?? null };
}

/** Apply a create or update body to a check run; a string is GitHub's refusal. */
function applyCheckRun(run: TFakeCheckRun, input: Record<string, unknown>): string | undefined {
  const output = readOutput(input.output, run.output);
  if (typeof output === "string") return output;
  const conclusion = str(input.conclusion) ?? run.conclusion;
  const status = conclusion ? "completed" : (str(input.status) ?? run.status);
  if (status !== "queued" && status !== "in_progress" && status !== "completed") return `status "${status}" is not valid`;
  if (status === "completed" && !conclusion) return "conclusion is required when status is completed";
  Object.assign(run, {
    name: str(input.name) ?? run.name,
    status,
    conclusion,
    output,
    detailsUrl: str(input.details_url) ?? run.detailsUrl,
    startedAt: str(input.started_at) ?? run.startedAt,
    completedAt: status === "completed" ? (str(input.completed_at) ?? run.completedAt ?? new Date().toISOString()) : null,
  });
  return undefined;
}

const createCheckRun: TRepoRoute["handle"] = (ctx) => {
  const input = isRecord(ctx.body) ? ctx.body : {};
  const name = str(input.name);
  const headSha = str(input.head_sha);
  if (!name || !headSha) return invalid("name and head_sha are required");
  const run: TFakeCheckRun = {
    id: ctx.state.nextId(),
    name,
    headSha,
    status: "queued",
    conclusion: null,
    detailsUrl: null,
    output: { title: null, summary: null, text: null },
    startedAt: new Date().toISOString(),
    completedAt: null,
  };
  const refused = applyCheckRun(run, input);
  if (refused) return invalid(refused);
  ctx.repository.checkRuns.push(run);
  return { status: 201, body: checkRunJson(ctx.repository, run) };
};

const updateCheckRun: TRepoRoute["handle"] = (ctx: TRouteContext, [id]) => {
  const run = ctx.repository.checkRuns.find((r) => r.id === Number(id));
  if (!run) return notFound();
  // Validate on a copy: a refused update leaves the run as it was.
  const next = structuredClone(run);
  const refused = applyCheckRun(next, isRecord(ctx.body) ? ctx.body : {});
  if (refused) return invalid(refused);
  Object.assign(run, next);
  return { status: 200, body: checkRunJson(ctx.repository, run) };
};

export const writeRoutes: TRepoRoute[] = [
  { method: "POST", pattern: /^\/pulls\/(\d+)\/reviews$/, handle: createReview },
  { method: "POST", pattern: /^\/check-runs$/, handle: createCheckRun },
  { method: "PATCH", pattern: /^\/check-runs\/(\d+)$/, handle: updateCheckRun },
];
