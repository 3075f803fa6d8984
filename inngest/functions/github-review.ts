// Reviews one pull request head: triggered by github/review.requested (queued
// by the webhook intake). Prepare reads the pull request, its `.coral.yml` and
// files, plans the coverage and starts an ordinary run of the review agents;
// the execution then waits for that run to end (budgets, approvals and resume
// apply to it like any run) and publishes the result on the pull request.
import type { TEngineFunction, TFunctionContext } from "@/server/engine/step-tools";
import { RUN_FINISHED } from "@/server/runs/execute-run";
import { prepareReview } from "@/server/services/github/review/prepare-review";
import { publishReview, reviewRunEnded } from "@/server/services/github/review/publish-review";
import { GITHUB_REVIEW_REQUESTED, type TReviewEventData } from "@/server/services/github/review/request-review";

/** Reviews in flight per workspace. */
export const REVIEWS_PER_WORKSPACE = 4;
/** The run is re-checked at least this often, so a missed finish event only delays publishing. */
const WAIT_SLICE = "10m";
/** 7 days of slices: a run waiting that long for an approval is published as it stands. */
const MAX_WAIT_SLICES = 1_008;

export async function reviewPullRequest({ event, step }: TFunctionContext<TReviewEventData>): Promise<{ status: string }> {
  const ref = { reviewId: event.data.reviewId, workspaceId: event.data.workspaceId };
  const prepared = await step.run("prepare", () => prepareReview(ref));
  if (prepared.status !== "running") return { status: prepared.status };
  for (let slice = 0; prepared.runId && slice < MAX_WAIT_SLICES; slice++) {
    if (await step.run(`run-ended:${slice}`, () => reviewRunEnded(ref))) break;
    await step.waitForEvent(`run-finished:${slice}`, { event: RUN_FINISHED, timeout: WAIT_SLICE, match: "data.workspaceId", where: { "data.runId": prepared.runId } });
  }
  const published = await step.run("publish", () => publishReview(ref));
  return { status: published.status };
}

export const githubReview: TEngineFunction<TReviewEventData> = {
  id: "github-review",
  trigger: GITHUB_REVIEW_REQUESTED,
  concurrency: { key: "data.workspaceId", limit: REVIEWS_PER_WORKSPACE },
  handler: reviewPullRequest,
};
