// Pull-request reviews end to end: a signed webhook delivery → the review
// function on the embedded runner → a real run of the review agents (offline
// model) → comments, a review and a check run on a local GitHub speaking the
// REST wire format, reached through @octokit/app with a real app JWT and
// installation token. Covers the 120-file coverage guarantee, the comment cap,
// one summary updated in place, no finding posted twice, incremental reviews,
// superseded reviews, .coral.yml and the /coral review permission check.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/github/route";
import { getDb } from "@/server/db/client";
import { stopEmbeddedRunner } from "@/server/engine/engine";
import { configureGitHubApp } from "@/server/github/settings";
import { generateAppKeyPair } from "@/server/github/testing/app-keys";
import { startFakeGitHub, type TFakeGitHub } from "@/server/github/testing/fake-github";
import { fakeSha, type TFakeFile, type TFakePullRequest, type TFakeRepository } from "@/server/github/testing/fake-github-state";
import { patchFor } from "@/server/github/testing/patches";
import { signGitHubPayload } from "@/server/github/verify-signature";
import { requeueStrandedReviews } from "@/server/services/github/review/requeue-stranded-reviews";
import { createProject } from "@/server/services/projects/create-project";
import { makeWorkspace } from "@/server/testing/fixtures";
import { eventually } from "@/server/webhooks/testing/webhook-receiver";

const SECRET = "review-test-secret";
const INSTALLATION = 4242;
const APP_ID = 3131;

let github: TFakeGitHub;
let restore: () => void;
let repository: TFakeRepository;
let workspaceId: string;

beforeAll(async () => {
  const keys = generateAppKeyPair();
  github = await startFakeGitHub({ appId: APP_ID, publicKey: keys.publicKey });
  restore = configureGitHubApp({ webhookSecret: SECRET, appId: String(APP_ID), privateKey: keys.privateKey, apiBaseUrl: github.url });
  repository = github.state.addRepository({ owner: "acme", name: "widgets", installationId: INSTALLATION });

  const { workspace, users } = await makeWorkspace("Reviews");
  workspaceId = workspace.id;
  const project = await createProject({ workspaceId, actor: { userId: users.owner.id, role: "owner" } }, { name: "Widgets" });
  const db = await getDb();
  const installation = await db.gitHubInstallation.create({ data: { installationId: BigInt(INSTALLATION), accountLogin: "acme", workspaceId } });
  await db.gitHubRepository.create({ data: { installationId: installation.id, repoId: BigInt(repository.id), fullName: "acme/widgets", projectId: project.id } });
});

afterAll(async () => {
  await stopEmbeddedRunner();
  restore();
  await github.close();
});

/** A TypeScript file whose added lines carry something the offline reviewer flags. */
function flaggedSource(path: string, flagged: string): TFakeFile {
  const added = [`export function handler(input: string) {`, `  ${flagged}`, `  return input.trim();`, `}`];
  const patch = patchFor(added, { before: [`// ${path}`, `import { log } from "./log";`], after: ["", "export default handler;"] });
  return { filename: path, status: "modified", additions: added.length, deletions: 0, changes: added.length, patch, sha: fakeSha(path) };
}

/** 120 files: 100 flagged sources, 6 with a committed secret, and 14 a reviewer must skip (binary, lockfile, generated, too large, removed). */
function pullRequestFiles(): TFakeFile[] {
  const files: TFakeFile[] = [];
  for (let i = 0; i < 100; i++) files.push(flaggedSource(`src/handlers/h${String(i).padStart(3, "0")}.ts`, `console.log("handling", input, ${i});`));
  for (let i = 0; i < 6; i++) files.push(flaggedSource(`src/config/c${i}.ts`, `const password = "hunter2-${i}-correct-horse";`));
  for (let i = 0; i < 5; i++) files.push({ filename: `assets/icon-${i}.png`, status: "added", additions: 0, deletions: 0, changes: 0, sha: fakeSha(`png${i}`) });
  files.push({ filename: "package-lock.json", status: "modified", additions: 1, deletions: 1, changes: 2, patch: patchFor(['    "zod": "4.6.7",'], 2), sha: fakeSha("lock") });
  for (let i = 0; i < 4; i++) files.push({ filename: `dist/bundle-${i}.js`, status: "modified", additions: 1, deletions: 0, changes: 1, patch: patchFor(["console.log(1);"], 1), sha: fakeSha(`dist${i}`) });
  files.push({ filename: "fixtures/dump.sql", status: "added", additions: 40_000, deletions: 0, changes: 40_000, sha: fakeSha("dump") });
  for (let i = 0; i < 3; i++) files.push({ filename: `src/old/legacy-${i}.ts`, status: "removed", additions: 0, deletions: 12, changes: 12, patch: "@@ -1,1 +0,0 @@\n-old", sha: fakeSha(`old${i}`) });
  return files;
}

function deliver(event: string, payload: object): Promise<Response> {
  const body = JSON.stringify(payload);
  return POST(
    new Request("http://localhost/api/webhooks/github", {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": event, "x-github-delivery": randomUUID(), "x-hub-signature-256": signGitHubPayload(body, SECRET) },
      body,
    }),
  );
}

const pullRequestEvent = (pull: TFakePullRequest, action: string) => ({
  action,
  number: pull.number,
  pull_request: { number: pull.number, draft: pull.draft, head: { sha: pull.head.sha }, base: { ref: pull.base.ref } },
  repository: { id: repository.id, full_name: "acme/widgets" },
  installation: { id: INSTALLATION },
  sender: { login: "octocat" },
});

async function reviewsOf(pullNumber: number) {
  const db = await getDb();
  return db.gitHubReview.findMany({ where: { workspaceId, pullNumber }, orderBy: { createdAt: "asc" }, include: { run: { select: { status: true, workflowRef: true } } } });
}

const finished = (status: string) => ["completed", "skipped", "superseded", "failed", "cancelled"].includes(status);

async function settled(pullNumber: number, count: number) {
  return eventually(
    () => reviewsOf(pullNumber),
    (rows) => rows.length === count && rows.every((r) => finished(r.status)),
    90_000,
  );
}

const summaries = (pull: TFakePullRequest) => repository.issueComments.filter((c) => c.issueNumber === pull.number && c.body.includes("<!-- coral:review-summary -->"));
const reviewComments = (pull: TFakePullRequest) => repository.reviewComments.filter((c) => c.pullNumber === pull.number);

describe("a pull request of 120 files", () => {
  let pull: TFakePullRequest;

  it("is reviewed with every file accounted for, capped inline comments on diff lines, one summary and a check run", async () => {
    pull = github.state.addPullRequest(repository, { title: "Handlers for every widget", body: "Adds handlers.", files: pullRequestFiles() });
    expect((await deliver("pull_request", pullRequestEvent(pull, "opened"))).status).toBe(202);
    const [review] = await settled(pull.number, 1);
    expect(review!.status).toBe("completed");

    // An ordinary run of the workspace did the work.
    expect(review!.run).toMatchObject({ status: "succeeded", workflowRef: expect.stringMatching(/^github:acme\/widgets#\d+@/) });
    const steps = await (await getDb()).runStep.findMany({ where: { runId: review!.runId! }, select: { agentId: true, status: true } });
    expect(new Set(steps.map((s) => s.agentId))).toEqual(new Set(["code_reviewer", "security_specialist"]));

    // Coverage: all 120 files, each exactly once.
    const coverage = (review!.coverage as { coverage: { reviewed: string[]; skipped: { path: string; reason: string }[]; truncated: { path: string }[]; totalFiles: number } }).coverage;
    expect(coverage.totalFiles).toBe(120);
    const accounted = [...coverage.reviewed, ...coverage.skipped.map((s) => s.path)];
    expect(new Set(accounted).size).toBe(120);
    expect(accounted.length).toBe(120);
    expect(coverage.reviewed).toHaveLength(106);
    expect(Object.fromEntries(["binary", "generated", "too_large", "removed"].map((r) => [r, coverage.skipped.filter((s) => s.reason === r).length]))).toEqual({
      binary: 5,
      generated: 5,
      too_large: 1,
      removed: 3,
    });

    // One summary comment, by the app, naming every skipped file and the totals.
    const [summary, ...more] = summaries(pull);
    expect(more).toHaveLength(0);
    expect(summary!.user.type).toBe("Bot");
    expect(summary!.body).toMatch(/106 of 120 files reviewed/);
    for (const skipped of coverage.skipped) expect(summary!.body).toContain(skipped.path);
    expect(summary!.body).toMatch(/Offline model/);
    if (process.env.DUMP_SUMMARY) (await import("node:fs")).writeFileSync("/tmp/summary.md", summary!.body + "\n\n---\n\n" + reviewComments(pull)[0]!.body);

    // Inline comments: capped at 15, the committed secrets (blockers) first, each on a line of the diff (the fake answers 422 otherwise).
    const inline = reviewComments(pull);
    expect(inline).toHaveLength(15);
    expect(inline.filter((c) => c.body.includes("**Blocker**"))).toHaveLength(6);
    expect(new Set(inline.map((c) => `${c.path}:${c.line}`)).size).toBe(15);
    expect(github.calls("POST", `/repos/acme/widgets/pulls/${pull.number}/reviews`)).toHaveLength(1);
    expect(review!.findingsPosted).toBe(15);

    const [check] = repository.checkRuns.filter((c) => c.headSha === pull.head.sha);
    expect(check).toMatchObject({ name: "CoralCollective review", status: "completed", conclusion: "neutral" });
    expect(review!.verdict).toBe("blocking");
  }, 120_000);

  it("reviews only the new commits on a push, updates the summary in place and never repeats a finding", async () => {
    const before = pull.head.sha;
    const added = [flaggedSource("src/handlers/new-one.ts", "eval(input);"), flaggedSource("src/handlers/new-two.ts", `console.log("again", input);`)];
    const head = fakeSha("second push");
    pull.files.push(...added);
    pull.head.sha = head;
    pull.commits.push(head);
    github.state.addComparison(repository, { base: before, head, status: "ahead", files: added });

    expect((await deliver("pull_request", pullRequestEvent(pull, "synchronize"))).status).toBe(202);
    const [, second] = await settled(pull.number, 2);
    expect(second).toMatchObject({ status: "completed", sinceSha: before, headSha: head });
    const coverage = (second!.coverage as { coverage: { reviewed: string[]; skipped: { reason: string }[] } }).coverage;
    expect(coverage.reviewed.sort()).toEqual(["src/handlers/new-one.ts", "src/handlers/new-two.ts"]);
    expect(coverage.skipped.filter((s) => s.reason === "unchanged")).toHaveLength(106);

    const [summary, ...more] = summaries(pull);
    expect(more).toHaveLength(0);
    expect(summary!.body).toContain(head);
    expect(summary!.body).toMatch(/incremental since/);
    expect(github.calls("PATCH", new RegExp(`/repos/acme/widgets/issues/comments/${summary!.id}$`))).toHaveLength(1);

    const all = reviewComments(pull);
    expect(all.length).toBe(15 + second!.findingsPosted);
    expect(second!.findingsPosted).toBe(2);
    const fingerprints = all.map((c) => /coral:finding:([0-9a-f]+)/.exec(c.body)?.[1]);
    expect(new Set(fingerprints).size).toBe(all.length);
  }, 120_000);

  it("a full review asked for again posts nothing already posted", async () => {
    github.state.setCollaborator(repository, "maintainer", "maintain", "write");
    const comment = github.state.addIssueComment(repository, { issueNumber: pull.number, body: "/coral review" });
    const before = reviewComments(pull).length;
    const payload = {
      action: "created",
      issue: { number: pull.number, pull_request: { url: "x" } },
      comment: { id: comment.id, body: "/coral review", user: { login: "maintainer" } },
      repository: { id: repository.id, full_name: "acme/widgets" },
      installation: { id: INSTALLATION },
    };
    expect((await deliver("issue_comment", payload)).status).toBe(202);
    const rows = await settled(pull.number, 3);
    expect(rows[2]).toMatchObject({ status: "completed", trigger: "comment", requestedBy: "maintainer", sinceSha: null });
    // Over the cap again, but every finding it could post is either already there or over the cap.
    expect(reviewComments(pull).length - before).toBe(rows[2]!.findingsPosted);
    const fingerprints = reviewComments(pull).map((c) => /coral:finding:([0-9a-f]+)/.exec(c.body)?.[1]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(summaries(pull)).toHaveLength(1);
  }, 120_000);
});

describe("review triggers and settings", () => {
  it("supersedes an older review when a newer push arrives: its run is cancelled and its check says so", async () => {
    const pull = github.state.addPullRequest(repository, { title: "Race", files: [flaggedSource("src/race.ts", "debugger;")] });
    const release = github.holdNext("GET", new RegExp(`/repos/acme/widgets/pulls/${pull.number}/files$`));
    expect((await deliver("pull_request", pullRequestEvent(pull, "opened"))).status).toBe(202);
    await eventually(
      async () => github.calls("GET", new RegExp(`/pulls/${pull.number}/files$`)).length,
      (n) => n === 1,
      30_000,
    );
    const newer = fakeSha("newer");
    pull.head.sha = newer;
    pull.commits.push(newer);
    expect((await deliver("pull_request", pullRequestEvent(pull, "synchronize"))).status).toBe(202);
    release();
    const [older, latest] = await settled(pull.number, 2);
    expect(older).toMatchObject({ status: "superseded" });
    expect(older!.run?.status).toBe("cancelled");
    expect(latest).toMatchObject({ status: "completed", headSha: newer });
    expect(summaries(pull)).toHaveLength(1);
    // `debugger;` is a minor finding: comments, so a neutral check.
    const checks = repository.checkRuns.filter((c) => c.headSha === newer);
    expect(checks.map((c) => c.conclusion)).toEqual(["neutral"]);
  }, 120_000);

  it("applies .coral.yml from the base branch: ignored paths, a threshold, extra agents, and reports its errors in the summary", async () => {
    const pull = github.state.addPullRequest(repository, {
      title: "Config",
      files: [flaggedSource("src/app.ts", `console.log("x", input);`), flaggedSource("vendor/lib.ts", `const password = "abcdefgh12345678";`)],
    });
    github.state.setFile(repository, {
      ref: pull.base.ref,
      path: ".coral.yml",
      content: ["agents: [qa_testing, no_such_agent]", "ignore: ['vendor/']", "severity_threshold: major", "max_comments: 5", "colour: blue"].join("\n"),
    });
    expect((await deliver("pull_request", pullRequestEvent(pull, "opened"))).status).toBe(202);
    const [review] = await settled(pull.number, 1);
    expect(review!.status).toBe("completed");
    const plan = review!.coverage as { agents: string[]; coverage: { skipped: { path: string; reason: string }[] }; configErrors: string[] };
    expect(plan.agents).toEqual(["code_reviewer", "security_specialist", "qa_testing"]);
    expect(plan.coverage.skipped).toEqual([expect.objectContaining({ path: "vendor/lib.ts", reason: "ignored" })]);
    const [summary] = summaries(pull);
    expect(summary!.body).toMatch(/no_such_agent/);
    expect(summary!.body).toMatch(/colour/);
    // console.log is minor: under the threshold, so it is counted in the summary and not posted inline.
    expect(reviewComments(pull)).toHaveLength(0);
    github.state.setFile(repository, { ref: pull.base.ref, path: ".coral.yml", content: "" });
  }, 120_000);

  it("publishes the coverage without a run when every file is skipped", async () => {
    const pull = github.state.addPullRequest(repository, {
      title: "Assets only",
      files: [
        { filename: "assets/logo.png", status: "added", additions: 0, deletions: 0, changes: 0, sha: fakeSha("logo") },
        { filename: "yarn.lock", status: "modified", additions: 3, deletions: 1, changes: 4, patch: patchFor(["zod@4.6.7:"], 1), sha: fakeSha("yarn") },
      ],
    });
    expect((await deliver("pull_request", pullRequestEvent(pull, "opened"))).status).toBe(202);
    const [review] = await settled(pull.number, 1);
    expect(review).toMatchObject({ status: "completed", runId: null, verdict: "clean", findingsPosted: 0 });
    const [summary] = summaries(pull);
    expect(summary!.body).toMatch(/0 of 2 files reviewed/);
    expect(summary!.body).toContain("assets/logo.png");
    expect(summary!.body).toContain("yarn.lock");
    expect(repository.checkRuns.filter((c) => c.headSha === pull.head.sha).map((c) => [c.status, c.conclusion])).toEqual([["completed", "success"]]);
  }, 60_000);

  it("at boot, hands a review a crash left queued back to the engine, once", async () => {
    const pull = github.state.addPullRequest(repository, { title: "Stranded", files: [flaggedSource("src/stranded.ts", "debugger;")] });
    const db = await getDb();
    const linked = await db.gitHubRepository.findFirstOrThrow({ where: { repoId: BigInt(repository.id) }, select: { id: true, projectId: true } });
    // As if the process died between committing the delivery and sending the engine event.
    await db.gitHubReview.create({
      data: {
        workspaceId,
        projectId: linked.projectId!,
        repositoryId: linked.id,
        pullNumber: pull.number,
        headSha: pull.head.sha,
        trigger: "opened",
        deliveryId: randomUUID(),
        createdAt: new Date(Date.now() - 5 * 60_000),
      },
    });
    expect(await requeueStrandedReviews()).toBe(1);
    const [review] = await settled(pull.number, 1);
    expect(review!.status).toBe("completed");
    expect(summaries(pull)).toHaveLength(1);
    expect(await requeueStrandedReviews()).toBe(0);
  }, 60_000);

  it("skips drafts unless .coral.yml asks for them", async () => {
    const pull = github.state.addPullRequest(repository, { title: "Draft", draft: true, files: [flaggedSource("src/draft.ts", "debugger;")] });
    expect((await deliver("pull_request", pullRequestEvent(pull, "opened"))).status).toBe(202);
    const [review] = await settled(pull.number, 1);
    expect(review).toMatchObject({ status: "skipped", runId: null });
    expect(review!.statusReason).toMatch(/draft/);
    expect(summaries(pull)).toHaveLength(0);
  }, 60_000);

  it("refuses /coral review from someone without write access", async () => {
    const pull = github.state.addPullRequest(repository, { title: "Drive-by", files: [flaggedSource("src/x.ts", "debugger;")] });
    github.state.setCollaborator(repository, "visitor", "read", "read");
    const payload = {
      action: "created",
      issue: { number: pull.number, pull_request: { url: "x" } },
      comment: { id: 1, body: "/coral review security-specialist", user: { login: "visitor" } },
      repository: { id: repository.id, full_name: "acme/widgets" },
      installation: { id: INSTALLATION },
    };
    expect((await deliver("issue_comment", payload)).status).toBe(202);
    const [review] = await settled(pull.number, 1);
    expect(review).toMatchObject({ status: "skipped", onlyAgent: "security_specialist", runId: null });
    expect(review!.statusReason).toMatch(/without write access/);
    expect(reviewComments(pull)).toHaveLength(0);
  }, 60_000);
});
