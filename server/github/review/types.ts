// The shapes a pull-request review plans with: a changed file as GitHub's
// "list pull request files" API returns it, and the findings review agents
// deliver (a `review_findings` deliverable). Findings are parsed leniently —
// one malformed entry is dropped and counted, never the whole review.
import { z } from "zod";

export const PULL_FILE_STATUSES = ["added", "modified", "removed", "renamed", "copied", "changed", "unchanged"] as const;
export type TPullFileStatus = (typeof PULL_FILE_STATUSES)[number];

/** `patch` is absent for binary files and for diffs GitHub finds too large to show. */
export type TPullFile = {
  filename: string;
  previousFilename?: string;
  status: TPullFileStatus;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
  sha?: string;
};

/** One entry of GitHub's `GET /repos/{owner}/{repo}/pulls/{number}/files` answer, as a TPullFile. */
export const ZGitHubPullFile = z
  .object({
    filename: z.string().min(1),
    previous_filename: z.string().nullish(),
    status: z.enum(PULL_FILE_STATUSES),
    additions: z.number().int().nonnegative(),
    deletions: z.number().int().nonnegative(),
    changes: z.number().int().nonnegative(),
    patch: z.string().nullish(),
    sha: z.string().nullish(),
  })
  .transform(
    (f): TPullFile => ({
      filename: f.filename,
      ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.changes,
      ...(f.patch != null ? { patch: f.patch } : {}),
      ...(f.sha ? { sha: f.sha } : {}),
    }),
  );

export const SEVERITIES = ["blocker", "major", "minor", "nit", "question"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

/** What `.coral.yml` may name as `severity_threshold`. */
export const SEVERITY_THRESHOLDS = ["blocker", "major", "minor", "nit"] as const;
export type TSeverityThreshold = (typeof SEVERITY_THRESHOLDS)[number];

/** Display and ranking order, most severe first. */
export const SEVERITY_ORDER: Readonly<Record<TSeverity, number>> = { blocker: 0, major: 1, minor: 2, question: 3, nit: 4 };

/** Weight against a threshold: a question is worth answering as often as a minor finding. */
export const SEVERITY_LEVEL: Readonly<Record<TSeverity, number>> = { blocker: 4, major: 3, minor: 2, question: 2, nit: 1 };

// Words models reach for instead of ours; mapping them beats dropping the finding.
const SEVERITY_ALIASES: Readonly<Record<string, TSeverity>> = {
  critical: "blocker",
  high: "major",
  medium: "minor",
  low: "nit",
  nitpick: "nit",
};

const MAX_TITLE_CHARS = 200;
const MAX_BODY_CHARS = 8_000;
const MAX_SUGGESTION_CHARS = 8_000;
/** Confidence assumed when an agent leaves it out. */
export const DEFAULT_CONFIDENCE = 0.5;

const toNumber = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v);
const ZLineNumber = z.preprocess(toNumber, z.number().int().positive());

export const ZReviewFinding = z
  .object({
    path: z
      .string()
      .trim()
      .transform((p) => p.replaceAll("\\", "/").replace(/^(\.\/|\/)+/, ""))
      .pipe(z.string().min(1)),
    line: ZLineNumber,
    endLine: ZLineNumber.optional().catch(undefined),
    severity: z.preprocess((v) => {
      if (typeof v !== "string") return v;
      const word = v.trim().toLowerCase();
      return SEVERITY_ALIASES[word] ?? word;
    }, z.enum(SEVERITIES)),
    confidence: z
      .preprocess(toNumber, z.number().refine(Number.isFinite).optional())
      .transform((c) => Math.min(1, Math.max(0, c ?? DEFAULT_CONFIDENCE))),
    title: z
      .string()
      .trim()
      .min(1)
      .transform((t) => t.replace(/\s+/g, " ").slice(0, MAX_TITLE_CHARS)),
    body: z
      .string()
      .nullish()
      .transform((b) => (b ?? "").trim().slice(0, MAX_BODY_CHARS)),
    suggestion: z
      .string()
      .nullish()
      .catch(undefined)
      .transform((s) => (s ? s.replace(/\r\n/g, "\n").replace(/\n$/, "").slice(0, MAX_SUGGESTION_CHARS) : undefined)),
  })
  // A range that ends before it starts is a slip; keep the finding at its first line.
  .transform(({ endLine, suggestion, ...f }) => ({
    ...f,
    ...(endLine !== undefined && endLine > f.line ? { endLine } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
  }));
export type TReviewFinding = z.output<typeof ZReviewFinding>;

/**
 * `{ findings: [...] }` (or a bare array): valid entries kept, the rest counted
 * in `invalid`. Fails only when the value is not a list of findings at all.
 */
export const ZReviewFindings = z
  .union([z.object({ findings: z.array(z.unknown()) }), z.array(z.unknown())])
  .transform((value) => {
    const entries = Array.isArray(value) ? value : value.findings;
    const findings: TReviewFinding[] = [];
    let invalid = 0;
    for (const entry of entries) {
      const parsed = ZReviewFinding.safeParse(entry);
      if (parsed.success) findings.push(parsed.data);
      else invalid += 1;
    }
    return { findings, invalid };
  });
export type TReviewFindings = z.output<typeof ZReviewFindings>;
