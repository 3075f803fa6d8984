import { describe, expect, it } from "vitest";
import { ZGitHubPullFile, ZReviewFindings } from "./types";

describe("ZGitHubPullFile", () => {
  it("turns an entry of GitHub's pull request files answer into a TPullFile", () => {
    const entry = {
      sha: "bbcd538c8e72b8c175046e27cc8f907076331401",
      filename: "server/auth/session.ts",
      status: "renamed",
      additions: 2,
      deletions: 1,
      changes: 3,
      blob_url: "https://github.com/acme/app/blob/6dcb09b/server/auth/session.ts",
      raw_url: "https://github.com/acme/app/raw/6dcb09b/server/auth/session.ts",
      contents_url: "https://api.github.com/repos/acme/app/contents/server/auth/session.ts?ref=6dcb09b",
      patch: "@@ -1,3 +1,4 @@\n import a from 'a';\n-export const maxAge = 3600;\n+export const maxAge = 86400;\n+export const secure = true;\n export {};",
      previous_filename: "server/session.ts",
    };
    expect(ZGitHubPullFile.parse(entry)).toEqual({
      filename: "server/auth/session.ts",
      previousFilename: "server/session.ts",
      status: "renamed",
      additions: 2,
      deletions: 1,
      changes: 3,
      patch: entry.patch,
      sha: entry.sha,
    });
    const binary = ZGitHubPullFile.parse({ filename: "logo.png", status: "added", additions: 0, deletions: 0, changes: 0, sha: "e69de29" });
    expect(binary).not.toHaveProperty("patch");
  });
});

describe("ZReviewFindings", () => {
  it("accepts a bare array, trims and normalises, and counts what it drops", () => {
    const result = ZReviewFindings.parse([
      { path: "./src\\app.ts", line: 3, severity: " Question ", confidence: "0.25", title: "  Why\n  this? ", body: null },
      { path: "src/app.ts", line: 2.5, severity: "minor", confidence: 0.5, title: "Fractional line", body: "" },
      { path: "", line: 1, severity: "minor", confidence: 0.5, title: "No path", body: "" },
    ]);
    expect(result).toEqual({ findings: [{ path: "src/app.ts", line: 3, severity: "question", confidence: 0.25, title: "Why this?", body: "" }], invalid: 2 });
  });

  it("fails only for something that is not a list of findings", () => {
    expect(ZReviewFindings.safeParse({ findings: "none" }).success).toBe(false);
    expect(ZReviewFindings.parse({ findings: [] })).toEqual({ findings: [], invalid: 0 });
  });
});
