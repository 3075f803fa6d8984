// The fake GitHub itself, over plain fetch: it must hold clients to GitHub's
// rules (JWT checks, token scheme, Link headers, diff-anchored review
// comments), or tests written against it would pass against a looser GitHub.
import { createPrivateKey, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAppKeyPair, type TAppKeyPair } from "./app-keys";
import { startFakeGitHub, type TFakeGitHub } from "./fake-github";
import { LINE_NOT_IN_DIFF, START_LINE_NOT_IN_HUNK } from "./fake-github-writes";
import { addedLineNumbers, commentableLines, patchFor } from "./patches";
import { SEED_INSTALLATION_ID, SEED_OWNER, SEED_REPO } from "./seed-pull-request";

const APP_ID = "271828";
let keys: TAppKeyPair;
let github: TFakeGitHub;

function appJwt(claims: Record<string, unknown>, privateKey = keys.privateKey): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}`;
  return `${unsigned}.${sign("RSA-SHA256", Buffer.from(unsigned), createPrivateKey(privateKey)).toString("base64url")}`;
}

const now = () => Math.floor(Date.now() / 1000);
const validClaims = () => ({ iat: now() - 30, exp: now() + 540, iss: APP_ID });

async function exchange(authorization: string | undefined, installationId = SEED_INSTALLATION_ID) {
  const response = await fetch(`${github.url}/app/installations/${installationId}/access_tokens`, {
    method: "POST",
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, body: (await response.json()) as { token?: string; expires_at?: string; message?: string } };
}

async function installationToken(): Promise<string> {
  const { body } = await exchange(`Bearer ${appJwt(validClaims())}`);
  if (!body.token) throw new Error("no token");
  return body.token;
}

beforeAll(async () => {
  keys = generateAppKeyPair();
  github = await startFakeGitHub({ appId: APP_ID, publicKey: keys.publicKey });
  github.seedPullRequest({ number: 1, files: 250 });
});

afterAll(() => github.close());

describe("patches", () => {
  it("builds a hunk with context around the added lines, and a new file without context", () => {
    expect(patchFor(2, 1)).toBe("@@ -1,2 +1,4 @@\n // context line 1\n+export const added1 = 1;\n+export const added2 = 2;\n // context line 2");
    expect(patchFor(["a", "b"], 0)).toBe("@@ -0,0 +1,2 @@\n+a\n+b");
    expect(addedLineNumbers(patchFor(2, 3))).toEqual([4, 5]);
  });

  it("knows which lines of each side a comment may sit on, hunk by hunk", () => {
    const patch = ["@@ -1,3 +1,3 @@", " a", "-b", "+B", " c", "@@ -20,2 +20,3 @@ function f() {", " x", "+y", " z", "\\ No newline at end of file"].join("\n");
    const { right, left } = commentableLines(patch);
    expect([...right]).toEqual([[1, 0], [2, 0], [3, 0], [20, 1], [21, 1], [22, 1]]);
    expect([...left]).toEqual([[1, 0], [2, 0], [3, 0], [20, 1], [21, 1]]);
  });
});

describe("app authentication", () => {
  it("issues an hour-long installation token for a JWT signed by the app's key", async () => {
    const { status, body } = await exchange(`Bearer ${appJwt(validClaims())}`);
    expect(status).toBe(201);
    expect(body.token).toMatch(/^ghs_[0-9a-f]{36}$/);
    const lifetime = Date.parse(body.expires_at ?? "") - Date.now();
    expect(lifetime).toBeGreaterThan(59 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it.each([
    ["no JWT", undefined, 401, "A JSON web token could not be decoded"],
    ["another key's signature", () => `Bearer ${appJwt(validClaims(), generateAppKeyPair().privateKey)}`, 401, "A JSON web token could not be decoded"],
    ["another app's id", () => `Bearer ${appJwt({ ...validClaims(), iss: "1" })}`, 401, "'Issuer' claim ('iss') must be the app's ID"],
    ["an expired JWT", () => `Bearer ${appJwt({ iat: now() - 900, exp: now() - 300, iss: APP_ID })}`, 401, expect.stringMatching(/^'Expiration time' claim \('exp'\) must be/)],
    ["a JWT over ten minutes", () => `Bearer ${appJwt({ iat: now(), exp: now() + 3600, iss: APP_ID })}`, 401, "'Expiration time' claim ('exp') is too far in the future"],
  ])("refuses %s", async (_label, header, status, message) => {
    const result = await exchange(typeof header === "function" ? header() : header);
    expect(result.status).toBe(status);
    expect(result.body.message).toEqual(message);
  });

  it("does not know an installation that has no repositories here", async () => {
    expect((await exchange(`Bearer ${appJwt(validClaims())}`, 999)).status).toBe(404);
  });

  it("wants `token <installation token>` on repository calls", async () => {
    const token = await installationToken();
    const get = (authorization?: string) =>
      fetch(`${github.url}/repos/${SEED_OWNER}/${SEED_REPO}/pulls/1`, { headers: authorization ? { authorization } : {} }).then((r) => r.status);
    expect(await get(`token ${token}`)).toBe(200);
    expect(await get(`Bearer ${token}`)).toBe(401);
    expect(await get(`token ghs_${"0".repeat(36)}`)).toBe(401);
    expect(await get()).toBe(401);
  });
});

describe("pagination", () => {
  it("links pages the way GitHub does, through /repositories/{id}", async () => {
    const token = await installationToken();
    const repositoryId = github.state.findRepository(SEED_OWNER, SEED_REPO)?.id;
    const response = await fetch(`${github.url}/repos/${SEED_OWNER}/${SEED_REPO}/pulls/1/files?per_page=100&page=2`, {
      headers: { authorization: `token ${token}` },
    });
    const base = `${github.url}/repositories/${repositoryId}/pulls/1/files?per_page=100`;
    expect(response.headers.get("link")).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    expect(((await response.json()) as unknown[]).length).toBe(100);
  });
});

describe("reviews", () => {
  it("refuses comments off the diff or spanning hunks with GitHub's 422, and stores nothing", async () => {
    const token = await installationToken();
    const { repository, pull } = github.seedPullRequest({ number: 2, files: 1 });
    pull.files.push({
      filename: "two-hunks.ts",
      status: "modified",
      additions: 2,
      deletions: 0,
      changes: 2,
      sha: "f".repeat(40),
      patch: `${patchFor(1, { before: ["a"], after: ["b"] })}\n${patchFor(1, { before: ["c"], after: ["d"], firstLine: 40 })}`,
    });
    const post = async (comment: Record<string, unknown>) => {
      const response = await fetch(`${github.url}/repos/${SEED_OWNER}/${SEED_REPO}/pulls/2/reviews`, {
        method: "POST",
        headers: { authorization: `token ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ commit_id: pull.head.sha, event: "COMMENT", body: "", comments: [{ path: "two-hunks.ts", side: "RIGHT", body: "x", ...comment }] }),
      });
      return { status: response.status, errors: ((await response.json()) as { errors?: string[] }).errors };
    };

    expect(await post({ line: 10 })).toEqual({ status: 422, errors: [LINE_NOT_IN_DIFF] });
    expect(await post({ start_line: 2, line: 41 })).toEqual({ status: 422, errors: [START_LINE_NOT_IN_HUNK] });
    expect(repository.reviews.filter((r) => r.pullNumber === 2)).toEqual([]);
    expect(await post({ start_line: 40, line: 42 })).toEqual({ status: 200, errors: undefined });
    expect(repository.reviewComments.filter((c) => c.pullNumber === 2).map((c) => [c.path, c.startLine, c.line])).toEqual([["two-hunks.ts", 40, 42]]);
  });
});
