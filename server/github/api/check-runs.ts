// The review's check run: shown "in progress" on the pull request while the
// agents work, then completed with a conclusion and a summary.
import type { Octokit } from "@octokit/core";
import { z } from "zod";
import { guarded } from "./github-api-error";
import type { TRepoRef } from "./pull-requests";
import { fitGitHubText, GITHUB_CHECK_OUTPUT_MAX_CHARS } from "./text-limits";

export type TCheckRunOutput = { title: string; summary: string; text?: string };
export type TCheckRunStatus = "queued" | "in_progress" | "completed";
export type TCheckRunConclusion = "action_required" | "cancelled" | "failure" | "neutral" | "success" | "skipped" | "timed_out";

export type TCreateCheckRunInput = TRepoRef & {
  name: string;
  headSha: string;
  status: "queued" | "in_progress";
  detailsUrl?: string;
  output?: TCheckRunOutput;
};

/** A conclusion completes the run; GitHub sets the status to "completed" itself. */
export type TUpdateCheckRunInput = TRepoRef & {
  checkRunId: number;
  status?: TCheckRunStatus;
  conclusion?: TCheckRunConclusion;
  output?: TCheckRunOutput;
};

const ZCheckRun = z.object({ id: z.number().int() });

function fitOutput(output: TCheckRunOutput | undefined) {
  if (!output) return undefined;
  return {
    title: output.title,
    summary: fitGitHubText(output.summary, GITHUB_CHECK_OUTPUT_MAX_CHARS),
    ...(output.text !== undefined ? { text: fitGitHubText(output.text, GITHUB_CHECK_OUTPUT_MAX_CHARS) } : {}),
  };
}

export function createCheckRun(octokit: Octokit, input: TCreateCheckRunInput): Promise<{ id: number }> {
  return guarded(async () => {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: input.owner,
      repo: input.repo,
      name: input.name,
      head_sha: input.headSha,
      status: input.status,
      started_at: new Date().toISOString(),
      ...(input.detailsUrl !== undefined ? { details_url: input.detailsUrl } : {}),
      ...(input.output ? { output: fitOutput(input.output) } : {}),
    });
    return { id: ZCheckRun.parse(data).id };
  });
}

export function updateCheckRun(octokit: Octokit, input: TUpdateCheckRunInput): Promise<void> {
  return guarded(async () => {
    await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      owner: input.owner,
      repo: input.repo,
      check_run_id: input.checkRunId,
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.conclusion !== undefined ? { conclusion: input.conclusion, completed_at: new Date().toISOString() } : {}),
      ...(input.output ? { output: fitOutput(input.output) } : {}),
    });
  });
}
