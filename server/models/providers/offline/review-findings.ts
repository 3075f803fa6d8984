// The offline model's pull-request review: with no model provider, a
// `review_findings` deliverable is produced by reading the diff in the task and
// applying a fixed set of rules to the added lines (secrets, eval, unsafe HTML,
// shell and SQL built from strings, disabled TLS checks, debugging leftovers,
// empty catch blocks, TODOs). Real, line-accurate findings — but only what
// simple rules can see, and every finding says it came from the offline rules.
import { parsePatch } from "@/server/github/review/diff-lines";
import { OFFLINE_NOTICE } from "./agent-answer";

type TSeverity = "blocker" | "major" | "minor" | "nit";
type TRule = { id: string; test: RegExp; severity: TSeverity; confidence: number; title: string; body: string; security: boolean; files?: RegExp };
export type TOfflineFinding = { path: string; line: number; severity: TSeverity; confidence: number; title: string; body: string };

const CODE = /\.(m?[jt]sx?|c[jt]s|py|rb|go|java|kt|php|cs|rs|swift|scala|sh)$/;

const RULES: readonly TRule[] = [
  {
    id: "secret",
    test: /\b(?:api[_-]?key|secret|password|passwd|private[_-]?key|access[_-]?token|auth[_-]?token)\b["']?\s*[:=]\s*["'`][^"'`\s]{8,}["'`]|\b(?:sk|pk|ghp|gho|xox[bp])[-_][A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}/i,
    severity: "blocker",
    confidence: 0.8,
    title: "A credential appears to be committed",
    body: "This line looks like it holds a secret value. Move it to the environment or a secret manager, and rotate it: it is now in the repository history.",
    security: true,
  },
  {
    id: "eval",
    test: /\b(?:eval|new\s+Function)\s*\(/,
    severity: "major",
    confidence: 0.7,
    title: "Code built from strings is executed",
    body: "`eval`/`new Function` runs whatever text reaches it; with any user-influenced input this is code injection. Parse the data instead of executing it.",
    security: true,
    files: CODE,
  },
  {
    id: "html-sink",
    test: /dangerouslySetInnerHTML|\.innerHTML\s*=|document\.write\s*\(/,
    severity: "major",
    confidence: 0.6,
    title: "HTML is inserted without escaping",
    body: "Markup assigned this way is not escaped, so any user-controlled part becomes a cross-site scripting sink. Render text, or sanitise with a vetted library first.",
    security: true,
    files: CODE,
  },
  {
    id: "shell",
    test: /\b(?:exec|execSync|spawn|spawnSync|system|popen)\s*\(\s*(?:`[^`]*\$\{|["'][^"']*["']\s*\+)/,
    severity: "major",
    confidence: 0.65,
    title: "A shell command is built from interpolated text",
    body: "Interpolating values into a command line allows command injection. Pass arguments as an array to `execFile`/`spawn` without a shell.",
    security: true,
    files: CODE,
  },
  {
    id: "sql",
    test: /\b(?:query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe)\s*\(\s*(?:`[^`]*(?:SELECT|INSERT|UPDATE|DELETE)[^`]*\$\{|["'][^"']*(?:SELECT|INSERT|UPDATE|DELETE)[^"']*["']\s*\+)/i,
    severity: "blocker",
    confidence: 0.7,
    title: "SQL is built by string interpolation",
    body: "Values concatenated into SQL allow injection. Use parameters (`$1`, tagged templates such as Prisma's `$queryRaw`) instead.",
    security: true,
    files: CODE,
  },
  {
    id: "tls",
    test: /rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*=?\s*["']?0|verify\s*=\s*False/,
    severity: "major",
    confidence: 0.85,
    title: "TLS certificate checks are turned off",
    body: "Without certificate verification any machine on the path can impersonate the server. Trust the right CA instead of disabling the check.",
    security: true,
  },
  {
    id: "debug",
    test: /\bconsole\.(?:log|debug)\s*\(|^\s*debugger\s*;?\s*$|\bprint\s*\(\s*f?["']debug/i,
    severity: "minor",
    confidence: 0.55,
    title: "Debugging output left in the change",
    body: "Leftover debug output is noise in production logs and can leak data. Remove it or use the project's logger at the right level.",
    security: false,
    files: CODE,
  },
  {
    id: "empty-catch",
    test: /catch\s*(?:\([^)]*\))?\s*\{\s*\}|except(?:\s+\w+)?\s*:\s*pass\b/,
    severity: "major",
    confidence: 0.6,
    title: "An error is swallowed",
    body: "An empty catch hides failures and leaves the system in an unknown state. Handle the error, or let it propagate with context.",
    security: false,
    files: CODE,
  },
  {
    id: "loose-any",
    test: /:\s*any\b|\bas\s+any\b/,
    severity: "nit",
    confidence: 0.4,
    title: "`any` turns off type checking here",
    body: "Prefer a precise type or `unknown` with a narrowing check, so the compiler keeps guarding this value.",
    security: false,
    files: /\.(?:ts|tsx|mts|cts)$/,
  },
  {
    id: "todo",
    test: /\b(?:TODO|FIXME|XXX|HACK)\b/,
    severity: "nit",
    confidence: 0.35,
    title: "Unfinished work marked in the change",
    body: "A TODO merged without an issue tends to stay forever. Link it to a tracked issue or finish it in this pull request.",
    security: false,
  },
];

/** Added lines of each file in a review chunk ("### path (…)" headers followed by unified-diff hunks), with new-file line numbers. */
export function addedLines(text: string): { path: string; line: number; text: string }[] {
  return text.split(/^(?=###\s)/m).flatMap((section) => {
    const path = /^###\s+(\S+)/.exec(section)?.[1];
    // parsePatch skips the header and fence lines before the first hunk and after each hunk's counted lines.
    return path ? parsePatch(section).addedLines.map((added) => ({ path, ...added })) : [];
  });
}

/** An answer is capped like a model's: the most severe findings first, at most this many. */
export const MAX_OFFLINE_FINDINGS = 30;
const RANK: Record<TSeverity, number> = { blocker: 0, major: 1, minor: 2, nit: 3 };

/** The findings the offline rules see in a diff; a security reviewer gets only the security rules. */
export function offlineReviewFindings(text: string, agent: string): TOfflineFinding[] {
  const securityOnly = /security/i.test(agent);
  const rules = RULES.filter((rule) => (securityOnly ? rule.security : true));
  const findings: TOfflineFinding[] = [];
  for (const added of addedLines(text)) {
    for (const rule of rules) {
      if (rule.files && !rule.files.test(added.path)) continue;
      if (!rule.test.test(added.text)) continue;
      findings.push({
        path: added.path,
        line: added.line,
        severity: rule.severity,
        confidence: rule.confidence,
        title: rule.title,
        body: `${rule.body} _(offline rule \`${rule.id}\`)_`,
      });
      break;
    }
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.confidence - a.confidence).slice(0, MAX_OFFLINE_FINDINGS);
}

export function reviewFindingsDoc(text: string, agent: string): string {
  return JSON.stringify({ $comment: OFFLINE_NOTICE, findings: offlineReviewFindings(text, agent) }, null, 2);
}
