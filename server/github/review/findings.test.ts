import { describe, expect, it } from "vitest";
import { checkRunConclusion, findingFingerprint, planFindings, readFindingsOutput, reviewCommentAnchor, verdict, type TFindingPlan } from "./findings";
import { DEFAULT_CORAL_CONFIG } from "./coral-config";
import type { TPullFile } from "./types";

// server/api/users.ts: hunk one shows new lines 10–16, hunk two new lines 40–43.
const usersPatch = [
  "@@ -10,6 +10,7 @@ export async function updateUser(req: Request) {",
  "   const body = await req.json();",
  "-  const id = body.id;",
  "+  const id = ZId.parse(body.id);",
  "+  const role = body.role;",
  "   const user = await db.user.findFirst({ where: { id } });",
  "   if (!user) throw new AppError(\"NOT_FOUND\");",
  "   await db.user.update({ where: { id }, data: { role } });",
  "   return user;",
  "@@ -38,3 +40,4 @@ export async function deleteUser(req: Request) {",
  "   const { id } = await req.json();",
  "+  await db.user.delete({ where: { id } });",
  "   return new Response(null, { status: 204 });",
  " }",
].join("\n");

const files: TPullFile[] = [
  { filename: "server/api/users.ts", status: "modified", additions: 3, deletions: 1, changes: 4, patch: usersPatch },
  { filename: "server/auth/session.ts", previousFilename: "server/session.ts", status: "renamed", additions: 1, deletions: 0, changes: 1, patch: "@@ -1,2 +1,3 @@\n import a from 'a';\n+export const maxAge = 86400;\n export {};" },
];

const finding = (over: Record<string, unknown> = {}) => ({
  path: "server/api/users.ts",
  line: 12,
  severity: "major",
  confidence: 0.8,
  title: "Role taken from the request body",
  body: "Any user can make themselves an admin: `role` comes straight from the request.",
  ...over,
});

const plan = (outputs: { agentId: string; output: unknown }[], config = {}, alreadyPosted?: Set<string>): TFindingPlan =>
  planFindings({ outputs, files, config: { ...DEFAULT_CORAL_CONFIG, ...config }, ...(alreadyPosted ? { alreadyPosted } : {}) });

/** Every distinct finding lands in exactly one bucket; duplicates and invalid ones are counted apart. */
function expectAccountedFor(p: TFindingPlan, valid: number) {
  expect(p.all.length + p.duplicates).toBe(valid);
  expect(p.inline.length + p.summaryOnly.length + p.alreadyPosted).toBe(p.all.length);
  expect(p.belowThreshold + p.overCap + p.notOnChangedLine + p.notInDiff).toBe(p.summaryOnly.length);
}

describe("readFindingsOutput", () => {
  it("reads leniently: severity in any case or a common synonym, confidence clamped, bad entries dropped and counted", () => {
    const text = [
      "```json",
      JSON.stringify({
        findings: [
          finding({ severity: "MAJOR", confidence: 1.7 }),
          finding({ severity: "Critical", confidence: -2, line: "14" }),
          finding({ severity: "nit", confidence: undefined, endLine: 9, suggestion: null }),
          finding({ severity: "urgent" }),
          finding({ line: 0 }),
          finding({ title: "   " }),
          { path: "x.ts" },
          "not even an object",
        ],
      }),
      "```",
    ].join("\n");
    const read = readFindingsOutput(text);
    if ("error" in read) throw new Error(read.error);
    expect(read.invalid).toBe(5);
    expect(read.findings.map((f) => [f.severity, f.confidence, f.line, f.endLine])).toEqual([
      ["major", 1, 12, undefined],
      ["blocker", 0, 14, undefined],
      ["nit", 0.5, 12, undefined],
    ]);
    expect(read.findings[2]).not.toHaveProperty("suggestion");
  });

  it("answers an error only when the deliverable is not a list of findings", () => {
    expect(readFindingsOutput("{ not json")).toMatchObject({ error: expect.stringMatching(/^not valid JSON/) });
    expect(readFindingsOutput({ issues: [] })).toMatchObject({ error: expect.stringMatching(/^not a list of findings/) });
    expect(readFindingsOutput([])).toEqual({ findings: [], invalid: 0 });
  });
});

describe("findingFingerprint", () => {
  const base = { path: "server/api/users.ts", line: 12, title: "CR-12: Role taken from the request body", body: "See  CR-12.\nFix it." };
  it("ignores case, spacing and renumbered ids like CR-12", () => {
    const same = findingFingerprint(base);
    expect(same).toMatch(/^[0-9a-f]{64}$/);
    expect(findingFingerprint({ ...base, title: "cr-7: role taken from the   request body", body: "See CR-7. fix it." })).toBe(same);
  });
  it("changes with the line, the path or the words", () => {
    const same = findingFingerprint(base);
    expect(findingFingerprint({ ...base, line: 13 })).not.toBe(same);
    expect(findingFingerprint({ ...base, path: "server/api/teams.ts" })).not.toBe(same);
    expect(findingFingerprint({ ...base, body: "Something else." })).not.toBe(same);
  });
});

describe("planFindings", () => {
  it("keeps findings on changed lines where they are and moves near misses within the hunk", () => {
    const p = plan([
      {
        agentId: "code_reviewer",
        output: {
          findings: [
            finding({ line: 12, endLine: 14, suggestion: "  const role = ZRole.parse(body.role);" }),
            finding({ line: 8, title: "Two lines above the first hunk" }),
            finding({ line: 45, title: "Two lines below the second hunk" }),
            finding({ line: 30, title: "Far from any hunk" }),
            finding({ line: 14, endLine: 25, title: "Range running past the hunk" }),
            finding({ path: "server/other.ts", line: 3, title: "File not in the diff" }),
            finding({ path: "b/server/api/users.ts", line: 41, title: "Git prefix kept by the model" }),
            finding({ path: "server/session.ts", line: 2, title: "Old path of a renamed file" }),
          ],
        },
      },
    ]);
    const byTitle = Object.fromEntries(p.all.map((f) => [f.title, f]));
    expect(byTitle["Role taken from the request body"]).toMatchObject({ line: 12, endLine: 14, exactLines: true, disposition: "inline" });
    expect(byTitle["Two lines above the first hunk"]).toMatchObject({ line: 10, reportedLine: 8, exactLines: false, disposition: "inline" });
    expect(byTitle["Two lines below the second hunk"]).toMatchObject({ line: 43, reportedLine: 45, disposition: "inline" });
    expect(byTitle["Far from any hunk"]).toMatchObject({ line: 30, disposition: "not_on_changed_line" });
    expect(byTitle["Range running past the hunk"]).toMatchObject({ line: 14, endLine: 16, exactLines: false, disposition: "inline" });
    expect(byTitle["File not in the diff"]).toMatchObject({ disposition: "not_in_diff" });
    expect(byTitle["Git prefix kept by the model"]).toMatchObject({ path: "server/api/users.ts", line: 41, disposition: "inline" });
    expect(byTitle["Old path of a renamed file"]).toMatchObject({ path: "server/auth/session.ts", line: 2, disposition: "inline" });
    expect(p.notOnChangedLine).toBe(1);
    expect(p.notInDiff).toBe(1);
    expectAccountedFor(p, 8);
  });

  it("ranks, de-duplicates across agents, applies the threshold and the cap, and the numbers add up", () => {
    const p = plan(
      [
        {
          agentId: "code_reviewer",
          output: {
            findings: [
              finding({ severity: "minor", confidence: 0.9, line: 13, title: "Missing await" }),
              finding({ severity: "nit", line: 15, title: "Prefer const" }),
              finding({ severity: "question", confidence: 0.4, line: 16, title: "Why 204?" }),
              finding({ severity: "major", confidence: 0.6, line: 11, title: "Unvalidated id" }),
              finding({ severity: "minor", confidence: 0.3, line: 41, title: "Unlogged delete" }),
              { path: "server/api/users.ts", severity: "major" },
            ],
          },
        },
        {
          agentId: "security_specialist",
          output: {
            findings: [
              finding({ severity: "blocker", confidence: 0.95, line: 12, title: "Privilege escalation through role" }),
              // Same place and title as code_reviewer's, different wording of the body: a duplicate.
              finding({ severity: "major", confidence: 0.7, line: 11, title: "Unvalidated id", body: "Validate it." }),
              finding({ severity: "minor", confidence: 0.9, line: 13, title: "Missing await" }),
              finding({ severity: "nit", line: 30, title: "Typo far away" }),
            ],
          },
        },
      ],
      { maxComments: 3, severityThreshold: "minor" },
    );
    expect(p.all.map((f) => [f.severity, f.title, f.disposition])).toEqual([
      ["blocker", "Privilege escalation through role", "inline"],
      ["major", "Unvalidated id", "inline"],
      ["minor", "Missing await", "inline"],
      ["minor", "Unlogged delete", "over_cap"],
      ["question", "Why 204?", "over_cap"],
      ["nit", "Prefer const", "below_threshold"],
      ["nit", "Typo far away", "below_threshold"],
    ]);
    expect(p.all[1]).toMatchObject({ agentId: "security_specialist", alsoReportedBy: ["code_reviewer"] });
    expect(p.all[2]).toMatchObject({ agentId: "code_reviewer", alsoReportedBy: ["security_specialist"] });
    expect(p).toMatchObject({ duplicates: 2, invalid: 1, belowThreshold: 2, overCap: 2, alreadyPosted: 0, notOnChangedLine: 0, notInDiff: 0 });
    expect(p.inline).toHaveLength(3);
    expect(p.summaryOnly.map((f) => f.title)).toEqual(["Unlogged delete", "Why 204?", "Prefer const", "Typo far away"]);
    expectAccountedFor(p, 9);
  });

  it("does not post a finding again on a later push, and it takes no room under the cap", () => {
    const outputs = [{ agentId: "code_reviewer", output: { findings: [finding({ line: 11, title: "First" }), finding({ line: 12, title: "Second" })] } }];
    const first = plan(outputs, { maxComments: 1 });
    expect(first.inline.map((f) => f.title)).toEqual(["First"]);
    expect(first.overCap).toBe(1);
    const second = plan(outputs, { maxComments: 1 }, new Set(first.inline.map((f) => f.fingerprint)));
    expect(second.inline.map((f) => f.title)).toEqual(["Second"]);
    expect(second).toMatchObject({ alreadyPosted: 1, overCap: 0 });
    expectAccountedFor(second, 2);
  });

  it("reports an agent whose deliverable cannot be read, and still plans the others", () => {
    const p = plan([
      { agentId: "code_reviewer", output: "I found no issues!" },
      { agentId: "security_specialist", output: JSON.stringify({ findings: [finding()] }) },
    ]);
    expect(p.unreadable).toEqual([{ agentId: "code_reviewer", error: expect.stringMatching(/^not valid JSON/) }]);
    expect(p.inline).toHaveLength(1);
  });

  it("posts nothing inline with a cap of zero", () => {
    const p = plan([{ agentId: "code_reviewer", output: { findings: [finding()] } }], { maxComments: 0 });
    expect(p).toMatchObject({ overCap: 1, inline: [] });
  });
});

describe("verdict and checkRunConclusion", () => {
  it("blocks on any blocker, comments on anything else, is clean with nothing", () => {
    expect(verdict([{ severity: "nit" }, { severity: "blocker" }])).toBe("blocking");
    expect(verdict([{ severity: "question" }])).toBe("comments");
    expect(verdict([])).toBe("clean");
  });
  it("fails the check only when the config opts in", () => {
    expect(checkRunConclusion("blocking", { failOnBlocking: false })).toBe("neutral");
    expect(checkRunConclusion("blocking", { failOnBlocking: true })).toBe("failure");
    expect(checkRunConclusion("comments", { failOnBlocking: true })).toBe("neutral");
    expect(checkRunConclusion("clean", { failOnBlocking: true })).toBe("success");
  });
});

describe("reviewCommentAnchor", () => {
  it("names the last line of a range as GitHub's line", () => {
    expect(reviewCommentAnchor({ path: "a.ts", line: 12, endLine: 14 })).toEqual({ path: "a.ts", line: 14, startLine: 12, side: "RIGHT" });
    expect(reviewCommentAnchor({ path: "a.ts", line: 12 })).toEqual({ path: "a.ts", line: 12, side: "RIGHT" });
  });
});
