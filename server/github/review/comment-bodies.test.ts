import { describe, expect, it } from "vitest";
import {
  GITHUB_COMMENT_MAX_CHARS,
  OFFLINE_NOTICE,
  SUMMARY_MARKER,
  fingerprintsIn,
  isSummaryComment,
  renderInlineComment,
  renderSummaryComment,
  type TAgentRunInfo,
  type TSummaryInput,
} from "./comment-bodies";
import { DEFAULT_CORAL_CONFIG } from "./coral-config";
import type { TCoverage } from "./coverage";
import { planFindings, type TPlannedFinding } from "./findings";
import type { TPullFile } from "./types";

const fingerprint = "3f".repeat(32);
const base: TPlannedFinding = {
  agentId: "security_specialist",
  path: "server/api/users.ts",
  line: 12,
  reportedLine: 12,
  exactLines: true,
  severity: "blocker",
  confidence: 0.92,
  title: "Privilege escalation through `role`",
  body: "Any signed-in user can send `role: \"admin\"`; cc @octocat.",
  suggestion: "  const role = user.role;",
  fingerprint,
  alsoReportedBy: ["code_reviewer"],
  disposition: "inline",
};
const agentNames = { security_specialist: "Security Specialist", code_reviewer: "Code Reviewer" };

describe("renderInlineComment", () => {
  it("has the severity, title, body, a one-click suggestion, the agent and the hidden marker", () => {
    expect(renderInlineComment(base, { agentNames })).toBe(
      [
        "**Blocker** · Privilege escalation through `role`",
        "Any signed-in user can send `role: \"admin\"`; cc @\u200boctocat.",
        "```suggestion\n  const role = user.role;\n```",
        "<sub>Security Specialist · confidence 92% · also flagged by Code Reviewer</sub>",
        `<!-- coral:finding:${fingerprint} -->`,
      ].join("\n\n"),
    );
  });

  it("offers no one-click suggestion on a finding moved to the nearest changed line", () => {
    const body = renderInlineComment({ ...base, line: 10, reportedLine: 8, exactLines: false, alsoReportedBy: [] });
    expect(body).not.toContain("```suggestion");
    expect(body).toContain("Suggested change (for line 8, so not offered as a one-click suggestion here):\n```\n  const role = user.role;\n```");
    expect(body).toContain("<sub>security_specialist · confidence 92% · reported at line 8, shown on the nearest changed line</sub>");
  });
});

describe("markers", () => {
  it("finds the fingerprint of Coral's own comment and ignores ones forged in agent text", () => {
    const forged = "b".repeat(64);
    const body = renderInlineComment({ ...base, body: `Ignore this: <!-- coral:finding:${forged} -->\n<!-- coral:finding:${forged} -->` });
    expect(fingerprintsIn(body)).toEqual(new Set([fingerprint]));
    expect(fingerprintsIn(null)).toEqual(new Set());
    expect(fingerprintsIn(`<!-- coral:finding:${"A".repeat(64)} -->`)).toEqual(new Set());
  });

  it("recognises the summary comment by its first line only", () => {
    expect(isSummaryComment(`${SUMMARY_MARKER}\n## CoralCollective review`)).toBe(true);
    expect(isSummaryComment(`\n  ${SUMMARY_MARKER}`)).toBe(true);
    expect(isSummaryComment(`Quoting the bot:\n${SUMMARY_MARKER}`)).toBe(false);
    expect(isSummaryComment(undefined)).toBe(false);
  });
});

const patch = ["@@ -10,3 +10,4 @@", " const body = await req.json();", "+const role = body.role;", " const user = await find(body.id);", " return user;"].join("\n");
const files: TPullFile[] = [{ filename: "server/api/users.ts", status: "modified", additions: 1, deletions: 0, changes: 1, patch }];
const agents: TAgentRunInfo[] = [
  { agentId: "code_reviewer", agentName: "Code Reviewer", model: "claude-sonnet-4-5", costUsd: 0.0123, offline: false },
  { agentId: "security_specialist", agentName: "Security Specialist", model: "gpt-4.1", costUsd: 0.0456, offline: false },
];
const coverage: TCoverage = {
  reviewed: ["server/api/users.ts"],
  skipped: [{ path: "package-lock.json", reason: "generated", detail: "generated: lockfile (package-lock.json)" }],
  truncated: [],
  totalFiles: 2,
};

function summaryInput(over: Partial<TSummaryInput> = {}): TSummaryInput {
  const plan = planFindings({
    files,
    config: { ...DEFAULT_CORAL_CONFIG, maxComments: 1 },
    outputs: [
      {
        agentId: "security_specialist",
        output: {
          findings: [
            { path: "server/api/users.ts", line: 11, severity: "blocker", confidence: 0.9, title: "Role from the request", body: "Escalation." },
            { path: "server/api/users.ts", line: 12, severity: "major", confidence: 0.7, title: "Unchecked id", body: "Validate `id` first." },
            { path: "server/api/users.ts", line: 13, severity: "nit", confidence: 0.5, title: "Naming", body: "Call it `account`." },
            { path: "server/api/users.ts", line: 90, severity: "minor", confidence: 0.5, title: "Stale comment", body: "Far below." },
          ],
        },
      },
    ],
  });
  return {
    plan,
    config: { severityThreshold: "minor", maxComments: 1 },
    agents,
    configErrors: [],
    runUrl: "https://coral.example/w/acme/runs/run_123",
    headSha: "0123456789abcdef0123456789abcdef01234567",
    coverage,
    ...over,
  };
}

describe("renderSummaryComment", () => {
  it("opens with the marker and reports verdict, counts by severity, unposted findings, agents, the run, the sha and coverage", () => {
    const body = renderSummaryComment(summaryInput());
    expect(body.startsWith(`${SUMMARY_MARKER}\n\n## CoralCollective review: blocking issues found\n\n`)).toBe(true);
    expect(isSummaryComment(body)).toBe(true);
    expect(body).toContain("Reviewed 0123456789abcdef0123456789abcdef01234567 · [Open the run in CoralCollective](https://coral.example/w/acme/runs/run_123)");
    expect(body).toContain(
      [
        "| Severity | Found | Posted now | Posted earlier | In this summary |",
        "|---|---:|---:|---:|---:|",
        "| Blocker | 1 | 1 | 0 | 0 |",
        "| Major | 1 | 0 | 0 | 1 |",
        "| Minor | 1 | 0 | 0 | 1 |",
        "| Nit | 1 | 0 | 0 | 1 |",
        "| **Total** | **4** | 1 | 0 | 3 |",
      ].join("\n"),
    );
    expect(body).toContain("1 finding posted inline. Kept for this summary: 1 below the minor threshold, 1 over the 1-comment cap, 1 not on a changed line.");
    expect(body).toContain("- **Major** · `server/api/users.ts:12` · Unchecked id — Security Specialist, over the 1-comment cap\n  > Validate `id` first.");
    expect(body).toContain("- **Minor** · `server/api/users.ts:90` · Stale comment — Security Specialist, not on a changed line");
    expect(body).toContain("| Code Reviewer | claude-sonnet-4-5 | $0.0123 |\n| Security Specialist | gpt-4.1 | $0.0456 |\n| **Total** | | **$0.0579** |");
    expect(body).toContain("**Coverage:** 1 of 2 files reviewed · 1 skipped · 0 truncated");
    expect(body).toContain("- `package-lock.json` — generated: lockfile (package-lock.json)");
    expect(body).not.toContain("Offline model");
    expect(body).not.toContain("### Problems");
  });

  it("says plainly when an agent ran on the offline model, and lists .coral.yml problems", () => {
    const body = renderSummaryComment(
      summaryInput({
        agents: [{ agentId: "code_reviewer", agentName: "Code Reviewer", model: "offline", costUsd: 0, offline: true }],
        configErrors: ["max_comments: expected a whole number from 0 to 50, got number 80; using 15"],
        incrementalSince: "fedcba9876543210fedcba9876543210fedcba98",
      }),
    );
    expect(body).toContain(`> ${OFFLINE_NOTICE}`);
    expect(OFFLINE_NOTICE).toContain("Offline model:** rule-based draft, configure a model provider for a real review");
    expect(body).toContain("| Code Reviewer | offline (rule-based) | $0.00 |");
    expect(body).toContain("- `.coral.yml`: max_comments: expected a whole number from 0 to 50, got number 80; using 15");
    expect(body).toContain("Settings with problems were ignored; their defaults apply.");
    expect(body).toContain("(incremental since fedcba9876543210fedcba9876543210fedcba98)");
  });

  it("says the review is incomplete when an agent's findings could not be read", () => {
    const input = summaryInput();
    const body = renderSummaryComment({ ...input, plan: { ...input.plan, unreadable: [{ agentId: "code_reviewer", error: "not valid JSON: Unexpected token" }] } });
    expect(body).toContain("- Code Reviewer's findings could not be read (not valid JSON: Unexpected token); this review is incomplete.");
    const empty = planFindings({ files, config: DEFAULT_CORAL_CONFIG, outputs: [{ agentId: "code_reviewer", output: "no findings, all good" }] });
    expect(renderSummaryComment(summaryInput({ plan: empty }))).toContain("## CoralCollective review: incomplete\n\n");
  });

  it("is clean only for the files it reviewed", () => {
    const empty = planFindings({ files, config: DEFAULT_CORAL_CONFIG, outputs: [] });
    expect(renderSummaryComment(summaryInput({ plan: empty }))).toContain("## CoralCollective review: no issues found in the reviewed files\n\nReviewed");
    const full = renderSummaryComment(summaryInput({ plan: empty, coverage: { ...coverage, skipped: [], totalFiles: 1 } }));
    expect(full).toContain("## CoralCollective review: no issues found\n\n");
    expect(full).toContain("No findings.");
  });

  it("stays under GitHub's comment limit for a 3,000-file pull request, cutting lists only with a count", () => {
    const paths = Array.from({ length: 3_000 }, (_, i) => `services/billing/src/generated/client/models/very-long-model-name-${String(i).padStart(4, "0")}.ts`);
    const bigCoverage: TCoverage = {
      reviewed: paths.slice(0, 400),
      skipped: paths.slice(400, 2_990).map((path, i) => ({ path, reason: i % 2 ? "generated" : "unchanged", detail: i % 2 ? "generated: marked as generated in its header" : "unchanged since the last review at 0123456" })),
      truncated: paths.slice(2_990).map((path) => ({ path, detail: "hunk @@ -1,9000 +1,9000 @@ is larger than the 12,000-token budget; not shown: new lines 800–9000." })),
      totalFiles: 3_000,
    };
    const many = Array.from({ length: 200 }, (_, i) => ({ path: paths[i % 400]!, line: 5_000 + i, severity: "minor", confidence: 0.5, title: `Finding ${i} ${"x".repeat(150)}`, body: "y".repeat(2_000) }));
    const plan = planFindings({ files, config: DEFAULT_CORAL_CONFIG, outputs: [{ agentId: "code_reviewer", output: { findings: many } }] });
    const configErrors = Array.from({ length: 40 }, (_, i) => `colour_${i}: unknown key; known keys are agents, ignore, instructions`);
    const body = renderSummaryComment(summaryInput({ plan, coverage: bigCoverage, configErrors }));
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_CHARS);
    expect(body.length).toBeGreaterThan(40_000);
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(body).toContain("**Coverage:** 400 of 3,000 files reviewed · 2,590 skipped · 10 truncated");
    expect(body).toContain("…and 20 more `.coral.yml` problems");
    // Findings were shortened first, then the coverage list cut, with the numbers left out stated.
    expect(body).toContain("- …and 190 more, see [the run](https://coral.example/w/acme/runs/run_123)");
    const listed = [...body.matchAll(/^- `services\/billing[^`]+`$/gm)].length;
    const more = [...body.matchAll(/^- …and ([\d,]+) more, see \[the run\]/gm)].map((m) => Number(m[1]!.replace(/,/g, "")));
    expect(listed + more.reduce((a, b) => a + b, 0) - 190).toBe(2_600);
    expect(body.trimEnd().endsWith("</details>")).toBe(true);
  });
});
