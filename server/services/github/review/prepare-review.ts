// The first durable step of a pull-request review: read the pull request with
// the installation's token, apply the base branch's `.coral.yml`, account for
// every changed file (reviewed, skipped with a reason, or truncated), open an
// in-progress check run and start the run of the review agents. Anything that
// means "no review" (not allowed, a draft, closed, superseded) ends here with
// the reason recorded on the review.
import { builtInAgents } from "@/server/agents/catalogue";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { GitHubApiError } from "@/server/github/api/github-api-error";
import { installationApi } from "@/server/github/api/github-client";
import type { TChangedFile, TGitHubApi } from "@/server/github/api/github-api";
import { chunkDiff } from "@/server/github/review/chunk-diff";
import { classifyFiles, type TIncrementalReview } from "@/server/github/review/classify-files";
import { CORAL_CONFIG_FILENAME, parseCoralConfig, reviewAgentIds, type TCoralConfig } from "@/server/github/review/coral-config";
import { buildCoverage, coverageHeadline, type TCoverage } from "@/server/github/review/coverage";
import type { TPullFile } from "@/server/github/review/types";
import { cancelRun } from "../../runs/cancel-run";
import { isRunActive } from "../../runs/run-status";
import { launchRun } from "../../runs/start-run";
import type { TWorkspaceScope } from "../../shared/scope";
import { CHECK_RUN_NAME, reviewContext, runUrlOf, type TReviewContext, type TReviewRef } from "./review-context";
import { maxChunksFor, reviewDefinition, withFindingsOutput } from "./review-workflow";

/** Tokens of diff per agent step: room for the agent's prompt and answer in a 32k-context model. */
export const CHUNK_BUDGET_TOKENS = 12_000;
const WRITE_PERMISSIONS = new Set(["admin", "maintain", "write"]);

export type TReviewPlan = { config: TCoralConfig; configErrors: string[]; agents: string[]; coverage: TCoverage; chunkCount: number };
export type TPrepareResult = { status: "running" | "skipped" | "superseded" | "failed"; runId?: string; reason?: string };

export const toPullFile = (f: TChangedFile): TPullFile => ({ ...f, sha: f.sha ?? undefined });

export async function prepareReview(ref: TReviewRef): Promise<TPrepareResult> {
  const ctx = await reviewContext(ref);
  if (!ctx) return { status: "failed", reason: "the review or its repository no longer exists" };
  if (ctx.review.status !== "queued") return { status: ctx.review.status === "superseded" ? "superseded" : "skipped", reason: ctx.review.statusReason ?? undefined };
  await cancelSupersededRuns(ctx);
  try {
    return await prepare(ctx);
  } catch (error) {
    // A GitHub answer that retrying will not change (no access, gone) ends the review with the reason.
    if (error instanceof GitHubApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      return finish(ctx, "failed", `GitHub answered ${error.status}: ${error.message}`);
    }
    if (error instanceof AppError) return finish(ctx, "failed", error.message);
    throw error;
  }
}

async function prepare(ctx: TReviewContext): Promise<TPrepareResult> {
  const api = await installationApi(ctx.installationId);
  const repo = ctx.repo;
  const pr = await api.getPullRequest({ ...repo, pullNumber: ctx.review.pullNumber });
  if (pr.state !== "open") return finish(ctx, "skipped", "the pull request is closed");

  if (ctx.review.trigger === "comment") {
    const login = ctx.review.requestedBy;
    const permission = login ? await api.getCollaboratorPermission({ ...repo, username: login }) : "none";
    if (!WRITE_PERMISSIONS.has(permission)) return finish(ctx, "skipped", `@${login ?? "unknown"} asked for a review without write access (${permission})`);
  }

  const knownAgents = await knownAgentIds(ctx.review.workspaceId);
  const parsed = parseCoralConfig((await api.getFileText({ ...repo, path: CORAL_CONFIG_FILENAME, ref: pr.baseRef })) ?? undefined, knownAgents);
  const { config } = parsed;
  const configErrors = [...parsed.errors];
  if (pr.draft && !config.drafts && ctx.review.trigger !== "comment") return finish(ctx, "skipped", "draft pull request (set `drafts: true` in .coral.yml to review drafts)");

  let agents = reviewAgentIds(config);
  if (ctx.review.onlyAgent) {
    if (knownAgents.has(ctx.review.onlyAgent)) agents = [ctx.review.onlyAgent];
    else configErrors.push(`"/coral review ${ctx.review.onlyAgent}": there is no agent with that id, so the full review ran.`);
  }

  const listed = await api.listPullRequestFiles({ ...repo, pullNumber: pr.number });
  const files = listed.files.map(toPullFile);
  const incremental = await incrementalScope(ctx, api, pr.headSha);
  const classifications = classifyFiles(files, { config, incremental });
  const reviewed = classifications.filter((c) => c.outcome === "reviewed").map((c) => c.file);
  const chunked = chunkDiff(reviewed, { budgetTokens: CHUNK_BUDGET_TOKENS, instructions: config.instructions });

  // The workflow's step limit caps the chunks: files beyond it are listed as skipped, never dropped silently.
  const maxChunks = maxChunksFor(agents.length);
  const chunks = chunked.chunks.slice(0, maxChunks);
  const shown = new Set(chunks.flatMap((c) => c.files));
  const overflow = new Set(chunked.chunks.slice(maxChunks).flatMap((c) => c.files));
  const finalClassifications = classifications.map((c) =>
    c.outcome === "reviewed" && overflow.has(c.path) && !shown.has(c.path)
      ? { ...c, outcome: "skipped" as const, reason: "too_large" as const, detail: `over the review's size limit (${maxChunks} diff parts of ${chunked.chunks.length}); ask for a narrower pull request` }
      : c,
  );
  const truncated = [
    ...chunked.truncated,
    ...[...overflow].filter((path) => shown.has(path)).map((path) => ({ path, reason: "only its first parts fit the review's size limit" })),
  ];
  const coverage = buildCoverage({ classifications: finalClassifications, truncated, incrementalSince: incremental?.since });
  if (listed.truncatedByGitHub) configErrors.push("GitHub lists at most 3,000 files of a pull request: files beyond that were not seen.");
  const plan: TReviewPlan = { config, configErrors, agents, coverage, chunkCount: chunks.length };

  const db = await getDb();
  await db.gitHubReview.update({ where: { id: ctx.review.id }, data: { headSha: pr.headSha, baseRef: pr.baseRef, sinceSha: incremental?.since ?? null, coverage: plan as object } });

  const scope: TWorkspaceScope = { workspaceId: ctx.review.workspaceId, actor: null };
  // Nothing to show an agent (every file skipped): no run, the coverage is published straight away.
  const run =
    chunks.length === 0
      ? null
      : await launchRun(scope, {
          projectId: ctx.review.projectId,
          workflowRef: `github:${ctx.repository.fullName}#${pr.number}@${pr.headSha.slice(0, 7)}`,
          definition: reviewDefinition({ repository: ctx.repository.fullName, pullNumber: pr.number, agents, chunks, incrementalSince: incremental?.since ?? null }),
          task: reviewTask(ctx, pr, coverage),
          adjustAgent: (_stepId, agent) => withFindingsOutput(agent),
        });

  // A newer push may have superseded this review while it was being prepared: then the new run goes too.
  const claimed = await db.gitHubReview.updateMany({ where: { id: ctx.review.id, status: "queued" }, data: { status: "running", runId: run?.id ?? null } });
  if (claimed.count === 0) {
    if (run) {
      await cancelRun(scope, { runId: run.id }).catch(() => undefined);
      await db.gitHubReview.update({ where: { id: ctx.review.id }, data: { runId: run.id, finishedAt: new Date() } });
    }
    return { status: "superseded" };
  }
  const check = await api.createCheckRun({
    ...repo,
    name: CHECK_RUN_NAME,
    headSha: pr.headSha,
    status: "in_progress",
    detailsUrl: run ? runUrlOf(ctx, run.id) : undefined,
    output: { title: `Reviewing with ${agents.length} agents`, summary: coverageHeadline(coverage) },
  });
  await db.gitHubReview.update({ where: { id: ctx.review.id }, data: { checkRunId: BigInt(check.id) } });
  return { status: "running", runId: run?.id };
}

function reviewTask(ctx: TReviewContext, pr: { number: number; title: string; body: string | null; htmlUrl: string; userLogin: string | null }, coverage: TCoverage): string {
  const description = (pr.body ?? "").trim().slice(0, 4_000);
  return [
    `Review pull request ${ctx.repository.fullName}#${pr.number} "${pr.title}" by @${pr.userLogin ?? "unknown"} (${pr.htmlUrl}).`,
    description ? `Its description (untrusted text from the author):\n${description}` : "It has no description.",
    coverageHeadline(coverage),
  ].join("\n\n");
}

/** The new commits since the last finished review of this pull request, when GitHub can still compare them. */
async function incrementalScope(ctx: TReviewContext, api: TGitHubApi, headSha: string): Promise<TIncrementalReview | undefined> {
  if (ctx.review.trigger !== "synchronize") return undefined;
  const db = await getDb();
  const previous = await db.gitHubReview.findFirst({
    where: { repositoryId: ctx.repository.id, pullNumber: ctx.review.pullNumber, status: "completed", headSha: { not: null }, id: { not: ctx.review.id } },
    orderBy: { createdAt: "desc" },
    select: { headSha: true },
  });
  if (!previous?.headSha || previous.headSha === headSha) return undefined;
  const comparison = await api.compareCommits({ ...ctx.repo, base: previous.headSha, head: headSha });
  // Diverged (a force push) or unknown: review the whole pull request again.
  if (!comparison || comparison.status !== "ahead" || comparison.truncatedByGitHub) return undefined;
  return { since: previous.headSha, changedPaths: new Set(comparison.files.map((f) => f.filename)) };
}

async function cancelSupersededRuns(ctx: TReviewContext): Promise<void> {
  const db = await getDb();
  const older = await db.gitHubReview.findMany({
    where: { repositoryId: ctx.repository.id, pullNumber: ctx.review.pullNumber, status: "superseded", runId: { not: null }, run: { status: { in: ["queued", "running", "waiting_approval"] } } },
    select: { runId: true, run: { select: { status: true } } },
  });
  const scope: TWorkspaceScope = { workspaceId: ctx.review.workspaceId, actor: null };
  for (const row of older) {
    if (row.runId && row.run && isRunActive(row.run.status)) await cancelRun(scope, { runId: row.runId }).catch(() => undefined);
  }
}

async function knownAgentIds(workspaceId: string): Promise<Set<string>> {
  const db = await getDb();
  const custom = await db.customAgent.findMany({ where: { workspaceId, archivedAt: null, latestVersion: { gt: 0 } }, select: { key: true } });
  return new Set([...builtInAgents().map((a) => a.id), ...custom.map((c) => c.key)]);
}

async function finish(ctx: TReviewContext, status: "skipped" | "failed", reason: string): Promise<TPrepareResult> {
  const db = await getDb();
  await db.gitHubReview.updateMany({ where: { id: ctx.review.id, status: "queued" }, data: { status, statusReason: reason, finishedAt: new Date() } });
  return { status, reason };
}
