// The GitHub client against a real local HTTP server speaking GitHub's wire
// format, through the real @octokit/app: token exchange, pagination, 404s,
// the review fallback, check runs, and how failures surface.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { configureGitHubApp } from "@/server/github/settings";
import { generateAppKeyPair, type TAppKeyPair } from "@/server/github/testing/app-keys";
import { startFakeGitHub, type TFakeGitHub } from "@/server/github/testing/fake-github";
import { addedLineNumbers } from "@/server/github/testing/patches";
import { SEED_INSTALLATION_ID, SEED_OWNER, SEED_REPO } from "@/server/github/testing/seed-pull-request";
import { githubApi } from "./github-api";
import { GitHubApiError } from "./github-api-error";
import { githubAppClient, githubOctokit, installationApi } from "./github-client";

const APP_ID = "314159";
const repoRef = { owner: SEED_OWNER, repo: SEED_REPO };

let keys: TAppKeyPair;
let github: TFakeGitHub;
let restore: () => void;

beforeAll(() => {
  keys = generateAppKeyPair();
});

beforeEach(async () => {
  // A fresh server per test gives a fresh API root, hence a fresh App and token cache.
  github = await startFakeGitHub({ appId: APP_ID, publicKey: keys.publicKey, appSlug: "coral-review" });
  restore = configureGitHubApp({ appId: APP_ID, privateKey: keys.privateKey, apiBaseUrl: github.url });
});

afterEach(async () => {
  restore();
  await github.close();
});

async function rejection(work: Promise<unknown>): Promise<GitHubApiError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GitHubApiError)) throw new Error(`expected a GitHubApiError, got ${String(error)}`);
  return error;
}

describe("installation clients", () => {
  it("exchanges one app JWT for an installation token and reuses it across calls and clients", async () => {
    const { pull } = github.seedPullRequest({ number: 7, files: 3 });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const fetched = await api.getPullRequest({ ...repoRef, pullNumber: 7 });
    await api.listPullRequestFiles({ ...repoRef, pullNumber: 7 });
    await (await installationApi(BigInt(SEED_INSTALLATION_ID))).getPullRequest({ ...repoRef, pullNumber: 7 });

    expect(fetched).toEqual({
      number: 7,
      title: "Add widget modules",
      body: "Adds the widget modules and rebuilds dist/.",
      draft: false,
      state: "open",
      headSha: pull.head.sha,
      headRef: "feature/widgets",
      baseSha: pull.base.sha,
      baseRef: "main",
      userLogin: "octocat",
      htmlUrl: `https://github.com/${SEED_OWNER}/${SEED_REPO}/pull/7`,
    });
    const exchanges = github.calls("POST", `/app/installations/${SEED_INSTALLATION_ID}/access_tokens`);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.auth).toBe("app-jwt");
    const repoCalls = github.requests.filter((r) => r.path.startsWith("/repos/"));
    expect(repoCalls).toHaveLength(3);
    expect(repoCalls.every((r) => r.auth === "installation-token")).toBe(true);
  });

  it("cannot see a repository of another installation", async () => {
    github.seedPullRequest({ number: 1 });
    github.state.addRepository({ owner: "other", name: "repo", installationId: 77 });
    const api = await installationApi(77);
    const error = await rejection(api.getPullRequest({ ...repoRef, pullNumber: 1 }));
    expect(error.status).toBe(404);
  });

  it("refuses a private key that is not a usable RSA key, without echoing it", () => {
    const undo = configureGitHubApp({ privateKey: "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----" });
    try {
      expect(() => githubAppClient()).toThrowError(/^GITHUB_APP_PRIVATE_KEY is not a usable RSA private key: paste the whole \.pem file/);
      expect(() => githubAppClient()).toThrowError(expect.objectContaining({ code: "UNAVAILABLE", message: expect.not.stringContaining("bm90IGEga2V5") }));
    } finally {
      undo();
    }
  });

  it("says the app is not configured when the id or key is missing", () => {
    const undo = configureGitHubApp({ appId: undefined });
    try {
      expect(() => githubAppClient()).toThrowError("The GitHub App is not configured: set GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY.");
    } finally {
      undo();
    }
  });

  it("reports GitHub's 401 when the app's JWT is signed with another key", async () => {
    github.seedPullRequest({ number: 1 });
    const undo = configureGitHubApp({ privateKey: generateAppKeyPair().privateKey });
    try {
      const error = await rejection((await installationApi(SEED_INSTALLATION_ID)).getPullRequest({ ...repoRef, pullNumber: 1 }));
      expect(error.status).toBe(401);
      expect(error.message).toBe("A JSON web token could not be decoded");
    } finally {
      undo();
    }
  });

  it("turns a wrong installation token into GitHubApiError 401 carrying GitHub's message and docs link", async () => {
    github.seedPullRequest({ number: 1 });
    const Client = githubOctokit({ baseUrl: github.url });
    const api = githubApi(new Client({ auth: "ghs_not-a-real-token" }));
    const error = await rejection(api.getPullRequest({ ...repoRef, pullNumber: 1 }));
    expect(error.status).toBe(401);
    expect(error.message).toBe("Bad credentials");
    expect(error.documentationUrl).toBe("https://docs.github.com/rest");
    expect(JSON.stringify(error)).not.toContain("ghs_not-a-real-token");
    expect(error.stack).not.toContain("ghs_not-a-real-token");
  });

  it("tells 403, 404, 422 and 5xx apart", async () => {
    github.seedPullRequest({ number: 1 });
    const api = await installationApi(SEED_INSTALLATION_ID);
    const path = `/repos/${SEED_OWNER}/${SEED_REPO}/pulls/1`;
    github.failNext("GET", path, 403, "Resource not accessible by integration");
    github.failNext("GET", path, 502, "Server Error");
    const forbidden = await rejection(api.getPullRequest({ ...repoRef, pullNumber: 1 }));
    const unavailable = await rejection(api.getPullRequest({ ...repoRef, pullNumber: 1 }));
    const missing = await rejection(api.getPullRequest({ ...repoRef, pullNumber: 404 }));
    expect([forbidden.status, forbidden.message, forbidden.isTransient]).toEqual([403, "Resource not accessible by integration", false]);
    expect([unavailable.status, unavailable.isTransient]).toEqual([502, true]);
    expect([missing.status, missing.message, missing.isTransient]).toEqual([404, "Not Found", false]);
  });

  it("gives up on a request GitHub never answers", async () => {
    github.seedPullRequest({ number: 1 });
    github.stallNext("GET", /\/pulls\/1$/);
    const Client = githubOctokit({ baseUrl: github.url, timeoutMs: 200 });
    const error = await rejection(githubApi(new Client({ auth: "ghs_x" })).getPullRequest({ ...repoRef, pullNumber: 1 }));
    expect([error.status, error.message, error.isTransient]).toEqual([504, "GitHub did not answer in time.", true]);
  });
});

describe("reading a pull request", () => {
  it("returns all 250 files across three pages of 100, following GitHub's Link headers", async () => {
    const { repository } = github.seedPullRequest({ number: 12, files: 250 });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const { files, truncatedByGitHub } = await api.listPullRequestFiles({ ...repoRef, pullNumber: 12 });

    expect(truncatedByGitHub).toBe(false);
    expect(files).toHaveLength(250);
    expect(new Set(files.map((f) => f.filename)).size).toBe(250);
    expect(files.find((f) => f.filename === "assets/logo-1.png")).toMatchObject({ status: "added", changes: 0, patch: undefined });
    expect(files.find((f) => f.filename === "fixtures/huge-dump.sql")).toMatchObject({ additions: 24_000, patch: undefined });
    expect(files.find((f) => f.filename === "src/module-5.ts")).toMatchObject({ status: "renamed", previousFilename: "src/legacy/module-5.ts" });
    expect(files.find((f) => f.filename === "package-lock.json")?.patch).toContain('+    "node_modules/zod": { "version": "4.6.7" },');
    const pages = github.calls("GET", /\/pulls\/12\/files$/);
    expect(pages.map((p) => [p.path, p.query])).toEqual([
      [`/repos/${SEED_OWNER}/${SEED_REPO}/pulls/12/files`, { per_page: "100" }],
      [`/repositories/${repository.id}/pulls/12/files`, { per_page: "100", page: "2" }],
      [`/repositories/${repository.id}/pulls/12/files`, { per_page: "100", page: "3" }],
    ]);
  });

  it("says when GitHub stopped listing files at 3000", async () => {
    github.seedPullRequest({ number: 13, files: 3005 });
    const api = await installationApi(SEED_INSTALLATION_ID);
    const { files, truncatedByGitHub } = await api.listPullRequestFiles({ ...repoRef, pullNumber: 13 });
    expect(files).toHaveLength(3000);
    expect(truncatedByGitHub).toBe(true);
  });

  it("compares two commits on one page, and answers null when the base is gone", async () => {
    const { repository, pull } = github.seedPullRequest({ number: 3, files: 6 });
    const files = pull.files.slice(0, 2);
    github.state.addComparison(repository, { base: "aaa111", head: pull.head.sha, status: "ahead", commits: ["c1", "c2", pull.head.sha], files });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const comparison = await api.compareCommits({ ...repoRef, base: "aaa111", head: pull.head.sha });
    const gone = await api.compareCommits({ ...repoRef, base: "force-pushed-away", head: pull.head.sha });

    expect(comparison).toMatchObject({ status: "ahead", totalCommits: 3, truncatedByGitHub: false });
    expect(comparison?.files.map((f) => f.filename)).toEqual(["src/module-0.ts", "assets/logo-1.png"]);
    expect(gone).toBeNull();
    expect(github.calls("GET", /\/compare\//).map((c) => c.query)).toEqual([{ per_page: "1" }, { per_page: "1" }]);
  });

  it("reads a file's text at a commit, and null when missing, binary, a directory or over 1 MB", async () => {
    const { repository, pull } = github.seedPullRequest({ number: 4, files: 3 });
    github.state.setFile(repository, { ref: pull.head.sha, path: "docs/read me.md", content: "# Widgets ✓\n\nLine two.\n" });
    github.state.setFile(repository, { ref: pull.head.sha, path: "big.txt", content: "x".repeat(1024 * 1024 + 1) });
    const api = await installationApi(SEED_INSTALLATION_ID);
    const read = (path: string, ref = pull.head.sha) => api.getFileText({ ...repoRef, path, ref });

    expect(await read("docs/read me.md")).toBe("# Widgets ✓\n\nLine two.\n");
    expect(await read("src/module-0.ts")).toContain("export const value0_1 = helper(1);");
    expect(await read("src/module-0.ts", pull.base.sha)).not.toContain("value0_1 = helper");
    expect(await read("does/not/exist.ts")).toBeNull();
    expect(await read("assets/logo-1.png")).toBeNull();
    expect(await read("docs")).toBeNull();
    expect(await read("big.txt")).toBeNull();
  });

  it("maps collaborator permissions to roles", async () => {
    const { repository } = github.seedPullRequest({ number: 1 });
    github.state.setCollaborator(repository, "alice", "admin");
    github.state.setCollaborator(repository, "mo", "maintain");
    github.state.setCollaborator(repository, "tri", "triage");
    github.state.setCollaborator(repository, "auditor", "security-auditor", "write");
    github.state.setCollaborator(repository, "ro", "read");
    const api = await installationApi(SEED_INSTALLATION_ID);
    const roles = await Promise.all(
      ["alice", "mo", "tri", "auditor", "ro", "stranger"].map((username) => api.getCollaboratorPermission({ ...repoRef, username })),
    );
    expect(roles).toEqual(["admin", "maintain", "triage", "write", "read", "none"]);
  });
});

describe("commenting", () => {
  it("lists every issue comment across pages, then creates and updates the bot's own", async () => {
    const { repository } = github.seedPullRequest({ number: 9 });
    for (let i = 0; i < 130; i += 1) github.state.addIssueComment(repository, { issueNumber: 9, body: `comment ${i}` });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const created = await api.createIssueComment({ ...repoRef, issueNumber: 9, body: "Review in progress…" });
    const updated = await api.updateIssueComment({ ...repoRef, commentId: created.id, body: "Review done: 2 findings." });
    const comments = await api.listIssueComments({ ...repoRef, issueNumber: 9 });

    expect(updated).toEqual(created);
    expect(created.htmlUrl).toBe(`https://github.com/${SEED_OWNER}/${SEED_REPO}/pull/9#issuecomment-${created.id}`);
    expect(comments).toHaveLength(131);
    expect(comments[0]).toMatchObject({ body: "comment 0", userLogin: "octocat", userType: "User" });
    expect(comments[130]).toEqual({ id: created.id, body: "Review done: 2 findings.", userLogin: "coral-review[bot]", userType: "Bot" });
    expect(github.calls("GET", /\/issues\/9\/comments$/)).toHaveLength(2);
  });

  it("posts a review with inline comments on lines of the diff, then lists them", async () => {
    const { pull } = github.seedPullRequest({ number: 5, files: 2 });
    const patch = pull.files[0]?.patch ?? "";
    const [added] = addedLineNumbers(patch);
    const api = await installationApi(SEED_INSTALLATION_ID);

    const review = await api.createReview({
      ...repoRef,
      pullNumber: 5,
      commitId: pull.head.sha,
      body: "Two findings.",
      event: "COMMENT",
      comments: [
        { path: "src/module-0.ts", line: added ?? 0, side: "RIGHT", body: "Name this better." },
        { path: "src/module-0.ts", line: 6, startLine: 2, side: "RIGHT", body: "This block repeats module 1." },
      ],
    });
    const listed = await api.listReviewComments({ ...repoRef, pullNumber: 5 });

    expect(addedLineNumbers(patch)).toEqual([4]);
    expect(review).toEqual({
      id: review.id,
      htmlUrl: `https://github.com/${SEED_OWNER}/${SEED_REPO}/pull/5#pullrequestreview-${review.id}`,
      inlineFallback: false,
    });
    expect(listed.map(({ path, line, body, commitId }) => ({ path, line, body, commitId }))).toEqual([
      { path: "src/module-0.ts", line: 4, body: "Name this better.", commitId: pull.head.sha },
      { path: "src/module-0.ts", line: 6, body: "This block repeats module 1.", commitId: pull.head.sha },
    ]);
    expect(github.state.findRepository(SEED_OWNER, SEED_REPO)?.reviewComments[1]?.startLine).toBe(2);
  });

  it("moves the inline comments into the body when GitHub refuses a line outside the diff", async () => {
    const { repository, pull } = github.seedPullRequest({ number: 6, files: 1 });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const review = await api.createReview({
      ...repoRef,
      pullNumber: 6,
      commitId: pull.head.sha,
      body: "Summary of the review.",
      event: "REQUEST_CHANGES",
      comments: [
        { path: "src/module-0.ts", line: 4, side: "RIGHT", body: "Fine line." },
        { path: "src/module-0.ts", line: 400, side: "RIGHT", body: "Outside the diff.\n\n```ts\nconst x = 1;\n```" },
      ],
    });

    expect(review.inlineFallback).toBe(true);
    const posts = github.calls("POST", /\/pulls\/6\/reviews$/);
    expect(posts).toHaveLength(2);
    expect((posts[1]?.body as { comments: unknown[] }).comments).toEqual([]);
    expect(repository.reviewComments).toHaveLength(0);
    expect(repository.reviews).toHaveLength(1);
    expect(repository.reviews[0]).toMatchObject({ id: review.id, state: "CHANGES_REQUESTED", commitId: pull.head.sha });
    expect(repository.reviews[0]?.body).toBe(
      [
        "Summary of the review.",
        "**Inline comments** (GitHub could not place them on the diff, so they are listed here):",
        "- `src/module-0.ts` line 4\n\n  Fine line.",
        "- `src/module-0.ts` line 400\n\n  Outside the diff.\n\n  ```ts\n  const x = 1;\n  ```",
      ].join("\n\n"),
    );
  });

  it("does not retry a 422 that has nothing to do with inline comments", async () => {
    github.seedPullRequest({ number: 8, files: 1 });
    const api = await installationApi(SEED_INSTALLATION_ID);
    const error = await rejection(api.createReview({ ...repoRef, pullNumber: 8, commitId: "not-in-the-pr", body: "x", event: "COMMENT", comments: [] }));
    expect([error.status, error.message]).toEqual([422, "Unprocessable Entity: commit_id is not part of the pull request"]);
    expect(github.calls("POST", /\/reviews$/)).toHaveLength(1);
  });

  it("surfaces GitHub's 422 reason when the fallback review fails too", async () => {
    const { pull } = github.seedPullRequest({ number: 10, files: 1 });
    github.failNext("POST", /\/pulls\/10\/reviews$/, 422, "Unprocessable Entity");
    github.failNext("POST", /\/pulls\/10\/reviews$/, 422, "Unprocessable Entity");
    const api = await installationApi(SEED_INSTALLATION_ID);
    const comments = [{ path: "src/module-0.ts", line: 4, side: "RIGHT" as const, body: "x" }];
    const error = await rejection(api.createReview({ ...repoRef, pullNumber: 10, commitId: pull.head.sha, body: "b", event: "COMMENT", comments }));
    expect(error.status).toBe(422);
    expect(github.calls("POST", /\/reviews$/)).toHaveLength(2);
  });
});

describe("check runs", () => {
  it("creates an in-progress run and completes it with a conclusion and output", async () => {
    const { repository, pull } = github.seedPullRequest({ number: 2 });
    const api = await installationApi(SEED_INSTALLATION_ID);

    const { id } = await api.createCheckRun({
      ...repoRef,
      name: "CoralCollective review",
      headSha: pull.head.sha,
      status: "in_progress",
      detailsUrl: "https://coral.example/runs/r1",
      output: { title: "Reviewing", summary: "3 agents at work." },
    });
    const running = { ...repository.checkRuns[0] };
    await api.updateCheckRun({ ...repoRef, checkRunId: id, conclusion: "success", output: { title: "No findings", summary: "All clear.", text: "Details." } });

    expect(running).toMatchObject({ id, status: "in_progress", conclusion: null, headSha: pull.head.sha, detailsUrl: "https://coral.example/runs/r1" });
    expect(repository.checkRuns[0]).toMatchObject({
      id,
      status: "completed",
      conclusion: "success",
      output: { title: "No findings", summary: "All clear.", text: "Details." },
    });
    expect(repository.checkRuns[0]?.completedAt).toEqual(expect.any(String));
  });

  it("reports GitHub's 422 for a completed run without a conclusion, and cuts an oversized summary", async () => {
    const { repository, pull } = github.seedPullRequest({ number: 2 });
    const api = await installationApi(SEED_INSTALLATION_ID);
    const { id } = await api.createCheckRun({ ...repoRef, name: "review", headSha: pull.head.sha, status: "in_progress" });

    const error = await rejection(api.updateCheckRun({ ...repoRef, checkRunId: id, status: "completed" }));
    await api.updateCheckRun({ ...repoRef, checkRunId: id, status: "in_progress", output: { title: "t", summary: "s".repeat(70_000) } });

    expect([error.status, error.message]).toEqual([422, "Unprocessable Entity: conclusion is required when status is completed"]);
    const summary = repository.checkRuns[0]?.output.summary ?? "";
    expect(summary).toHaveLength(65_535);
    expect(summary.endsWith("… (cut: GitHub shows at most 65,535 characters here)")).toBe(true);
  });
});
