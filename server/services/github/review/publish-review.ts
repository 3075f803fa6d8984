// The last durable step of a pull-request review: read the findings the run's
// agents produced, place them on the diff, post the new ones as one GitHub
// review (ranked, capped, never a finding already posted on this pull
// request), write or update the single summary comment with the coverage
// footer, and complete the check run with the verdict.
import { getDb } from "@/server/db/client";
import { installationApi } from "@/server/github/api/github-client";
import type { TGitHubApi } from "@/server/github/api/github-api";
import { fingerprintsIn, isSummaryComment, renderInlineComment, renderSummaryComment, type TAgentRunInfo } from "@/server/github/review/comment-bodies";
import { DEFAULT_CORAL_CONFIG } from "@/server/github/review/coral-config";
import { coverageHeadline } from "@/server/github/review/coverage";
import { checkRunConclusion, planFindings, reviewCommentAnchor, verdict, type TAgentFindingsOutput, type TFindingPlan } from "@/server/github/review/findings";
import { REVIEW_FINDINGS } from "@/server/models/providers/offline/agent-answer";
import { isRunActive } from "../../runs/run-status";
import { toPullFile, type TReviewPlan } from "./prepare-review";
import { reviewContext, runUrlOf, type TReviewContext, type TReviewRef } from "./review-context";

export type TPublishResult = { status: "completed" | "superseded" | "cancelled" | "failed"; posted?: number };

/** Has the review's run ended (or is there nothing to wait for)? */
export async function reviewRunEnded(ref: TReviewRef): Promise<boolean> {
  const ctx = await reviewContext(ref);
  if (!ctx?.review.runId) return true;
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: ctx.review.runId, workspaceId: ref.workspaceId }, select: { status: true } });
  return !run || !isRunActive(run.status) || ctx.review.status === "superseded";
}

export async function publishReview(ref: TReviewRef): Promise<TPublishResult> {
  const ctx = await reviewContext(ref);
  if (!ctx) return { status: "failed" };
  const db = await getDb();
  const api = await installationApi(ctx.installationId);
  const run = ctx.review.runId
    ? await db.run.findFirst({ where: { id: ctx.review.runId, workspaceId: ref.workspaceId }, select: { id: true, status: true, agents: true, error: true } })
    : null;

  if (ctx.review.status === "superseded" || run?.status === "cancelled") {
    const superseded = ctx.review.status === "superseded";
    await completeCheck(ctx, api, "cancelled", superseded ? "Superseded by a newer push" : "Review cancelled", ctx.review.statusReason ?? "The review's run was cancelled.");
    await db.gitHubReview.update({
      where: { id: ctx.review.id },
      data: { status: superseded ? "superseded" : "cancelled", statusReason: ctx.review.statusReason ?? "The run was cancelled.", finishedAt: new Date() },
    });
    return { status: superseded ? "superseded" : "cancelled" };
  }

  const plan = ctx.review.coverage as unknown as TReviewPlan | null;
  if (!plan || !ctx.review.headSha) return { status: "failed" };
  const config = { ...DEFAULT_CORAL_CONFIG, ...plan.config };
  const repo = ctx.repo;
  const pullNumber = ctx.review.pullNumber;

  const outputs: TAgentFindingsOutput[] = [];
  const agents: TAgentRunInfo[] = [];
  const incomplete: { agentId: string; error: string }[] = [];
  if (run) {
    const [artifacts, steps] = await Promise.all([
      db.artifact.findMany({ where: { runId: run.id, workspaceId: ref.workspaceId, type: REVIEW_FINDINGS }, select: { agentId: true, content: true }, orderBy: { stepId: "asc" } }),
      db.runStep.findMany({ where: { runId: run.id, workspaceId: ref.workspaceId, kind: "agent" }, select: { stepId: true, agentId: true, status: true, error: true, model: true, offline: true, costMicros: true } }),
    ]);
    outputs.push(...artifacts.map((a) => ({ agentId: a.agentId, output: a.content })));
    agents.push(...agentInfo(steps, run.agents));
    for (const step of steps) if (step.status !== "succeeded") incomplete.push({ agentId: step.agentId ?? step.stepId, error: `${step.stepId} did not finish (${step.status}${step.error ? `: ${step.error}` : ""})` });
  }

  const files = (await api.listPullRequestFiles({ ...repo, pullNumber })).files.map(toPullFile);
  const posted = await postedFingerprints(ctx, api);
  const findings = planFindings({ outputs, files, config, alreadyPosted: posted });
  findings.unreadable.push(...incomplete);

  const agentNames = Object.fromEntries(agents.map((a) => [a.agentId, a.agentName]));
  let inlinePosted = 0;
  if (findings.inline.length) {
    const review = await api.createReview({
      ...repo,
      pullNumber,
      commitId: ctx.review.headSha,
      event: "COMMENT",
      body: `CoralCollective: ${findings.inline.length} new ${findings.inline.length === 1 ? "finding" : "findings"} on this push — the summary comment has the full picture.`,
      comments: findings.inline.map((f) => ({ ...reviewCommentAnchor(f), body: renderInlineComment(f, { agentNames }) })),
    });
    inlinePosted = findings.inline.length;
    await db.gitHubReviewComment.createMany({
      data: findings.inline.map((f) => ({
        workspaceId: ref.workspaceId,
        repositoryId: ctx.repository.id,
        pullNumber,
        fingerprint: f.fingerprint,
        reviewId: ctx.review.id,
        path: f.path,
        line: f.line,
        severity: f.severity,
      })),
      skipDuplicates: true,
    });
    if (review.inlineFallback) findings.unreadable.push({ agentId: "github", error: "GitHub refused the inline comments, so they are listed in the review body instead" });
  }

  // No run when every file was skipped: the link goes to the workspace's runs instead.
  const runUrl = run ? runUrlOf(ctx, run.id) : runUrlOf(ctx, null);
  const body = renderSummaryComment({
    plan: findings,
    config,
    agents,
    configErrors: plan.configErrors,
    runUrl,
    headSha: ctx.review.headSha,
    incrementalSince: ctx.review.sinceSha ?? undefined,
    coverage: plan.coverage,
  });
  const summaryCommentId = await upsertSummary(ctx, api, body);
  const v = verdict(findings.all);
  await completeCheck(ctx, api, checkRunConclusion(v, config), checkTitle(findings, v), `${coverageHeadline(plan.coverage)}\n\n[Open the run](${runUrl})`);
  await db.gitHubReview.update({
    where: { id: ctx.review.id },
    data: { status: run?.status === "failed" ? "failed" : "completed", statusReason: run?.error ?? null, verdict: v, findingsPosted: inlinePosted, summaryCommentId: BigInt(summaryCommentId), finishedAt: new Date() },
  });
  return { status: "completed", posted: inlinePosted };
}

function checkTitle(plan: TFindingPlan, v: ReturnType<typeof verdict>): string {
  if (v === "clean") return "No issues found";
  const blockers = plan.all.filter((f) => f.severity === "blocker").length;
  return `${plan.all.length} ${plan.all.length === 1 ? "finding" : "findings"}${blockers ? `, ${blockers} blocking` : ""}`;
}

/** Findings already on this pull request: what Coral recorded, and the markers in its comments on GitHub (in case a record is missing). */
async function postedFingerprints(ctx: TReviewContext, api: TGitHubApi): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.gitHubReviewComment.findMany({ where: { repositoryId: ctx.repository.id, pullNumber: ctx.review.pullNumber }, select: { fingerprint: true } });
  const found = new Set(rows.map((r) => r.fingerprint));
  for (const comment of await api.listReviewComments({ ...ctx.repo, pullNumber: ctx.review.pullNumber })) for (const f of fingerprintsIn(comment.body)) found.add(f);
  return found;
}

/** One summary comment per pull request: edit the one an earlier review wrote, post one otherwise. */
async function upsertSummary(ctx: TReviewContext, api: TGitHubApi, body: string): Promise<number> {
  const db = await getDb();
  const earlier = await db.gitHubReview.findFirst({
    where: { repositoryId: ctx.repository.id, pullNumber: ctx.review.pullNumber, summaryCommentId: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { summaryCommentId: true },
  });
  let commentId = earlier?.summaryCommentId ? Number(earlier.summaryCommentId) : null;
  if (commentId === null) {
    const comments = await api.listIssueComments({ ...ctx.repo, issueNumber: ctx.review.pullNumber });
    commentId = comments.find((c) => isSummaryComment(c.body) && c.userType === "Bot")?.id ?? null;
  }
  if (commentId !== null) {
    try {
      return (await api.updateIssueComment({ ...ctx.repo, commentId, body })).id;
    } catch {
      // Deleted on GitHub: post a new one below.
    }
  }
  return (await api.createIssueComment({ ...ctx.repo, issueNumber: ctx.review.pullNumber, body })).id;
}

async function completeCheck(ctx: TReviewContext, api: TGitHubApi, conclusion: "success" | "neutral" | "failure" | "cancelled", title: string, summary: string): Promise<void> {
  if (!ctx.review.checkRunId) return;
  await api.updateCheckRun({ ...ctx.repo, checkRunId: Number(ctx.review.checkRunId), status: "completed", conclusion, output: { title, summary } });
}

type TStepRow = { agentId: string | null; model: string | null; offline: boolean; costMicros: bigint };

function agentInfo(steps: TStepRow[], snapshot: unknown): TAgentRunInfo[] {
  const names = new Map<string, string>();
  for (const entry of Object.values((snapshot ?? {}) as Record<string, { definition?: { id?: string; name?: string } }>)) {
    if (entry.definition?.id && entry.definition.name) names.set(entry.definition.id, entry.definition.name);
  }
  const byAgent = new Map<string, TAgentRunInfo>();
  for (const step of steps) {
    if (!step.agentId) continue;
    const info = byAgent.get(step.agentId) ?? { agentId: step.agentId, agentName: names.get(step.agentId) ?? step.agentId, model: step.model ?? "—", costUsd: 0, offline: false };
    info.costUsd += Number(step.costMicros) / 1e6;
    info.offline ||= step.offline;
    if (info.model === "—" && step.model) info.model = step.model;
    byAgent.set(step.agentId, info);
  }
  return [...byAgent.values()];
}
