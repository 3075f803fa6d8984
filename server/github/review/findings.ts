// From the findings every review agent delivered to what gets posted: each
// finding placed on a commentable line (or kept for the summary), recognised
// by a fingerprint so a later push never re-posts it, ranked, de-duplicated
// across agents, and held to the config's severity threshold and comment cap.
// Every finding lands in exactly one place and the counts say where.
import { createHash } from "node:crypto";
import { describeZodError } from "@/server/errors/describe-zod-error";
import type { TCoralConfig } from "./coral-config";
import { parsePatch, type TParsedPatch } from "./diff-lines";
import { placeOnDiff } from "./place-finding";
import { SEVERITY_LEVEL, SEVERITY_ORDER, ZReviewFindings, type TPullFile, type TReviewFinding, type TSeverity } from "./types";

export type TAgentFindingsOutput = {
  agentId: string;
  /** The `review_findings` deliverable: JSON text (optionally in a ```json fence) or already parsed. */
  output: unknown;
};

export type TSummaryReason = "below_threshold" | "not_in_diff" | "not_on_changed_line" | "over_cap";
export type TDisposition = "inline" | "already_posted" | TSummaryReason;

export type TPlannedFinding = Omit<TReviewFinding, "line" | "endLine"> & {
  agentId: string;
  /** The line shown (after moving onto the diff); the agent's own is `reportedLine`. */
  line: number;
  endLine?: number;
  reportedLine: number;
  /** False when the finding was moved or its range shortened: a suggestion would replace the wrong lines. */
  exactLines: boolean;
  fingerprint: string;
  /** Other agents that reported the same finding. */
  alsoReportedBy: string[];
  disposition: TDisposition;
};

export type TFindingPlan = {
  /** Every distinct finding, ranked (what verdicts and severity counts are taken from). */
  all: TPlannedFinding[];
  inline: TPlannedFinding[];
  summaryOnly: TPlannedFinding[];
  alreadyPosted: number;
  belowThreshold: number;
  overCap: number;
  notOnChangedLine: number;
  notInDiff: number;
  duplicates: number;
  invalid: number;
  /** Agents whose deliverable was not a list of findings at all. */
  unreadable: { agentId: string; error: string }[];
};

export type TPlanFindingsInput = {
  outputs: readonly TAgentFindingsOutput[];
  /** All files of the pull request. */
  files: readonly TPullFile[];
  config: Pick<TCoralConfig, "severityThreshold" | "maxComments">;
  /** Fingerprints found in Coral's earlier comments on this pull request (`fingerprintsIn`). */
  alreadyPosted?: ReadonlySet<string>;
};

export type TVerdict = "blocking" | "comments" | "clean";
export type TCheckConclusion = "failure" | "neutral" | "success";

/** Read a `review_findings` deliverable; `error` only when it is not a list of findings at all. */
export function readFindingsOutput(output: unknown): { findings: TReviewFinding[]; invalid: number } | { error: string } {
  let value = output;
  if (typeof output === "string") {
    const fence = /^\s*(`{3,}|~{3,})[\w-]*\s*\n([\s\S]*?)\n\s*\1\s*$/.exec(output);
    try {
      value = JSON.parse(fence ? fence[2]! : output) as unknown;
    } catch (error) {
      return { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const parsed = ZReviewFindings.safeParse(value);
  return parsed.success ? parsed.data : { error: `not a list of findings: ${describeZodError(parsed.error)}` };
}

// Issue-style ids (CR-12, SEC-3) are renumbered from run to run; they must not change a fingerprint.
const normaliseText = (text: string) =>
  text
    .toLowerCase()
    .replace(/\b[a-z]{1,10}-\d+\b/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Stable identity of a finding: same file, same line, same words (ignoring case, spacing and ids like CR-12). */
export function findingFingerprint(f: { path: string; line: number; title: string; body: string }): string {
  return createHash("sha256").update(`${f.path}\n${f.line}\n${normaliseText(f.title)}\n${normaliseText(f.body)}`).digest("hex");
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe first, then most confident, then by place, so the cap keeps what matters. */
export function compareFindings(a: TPlannedFinding, b: TPlannedFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    b.confidence - a.confidence ||
    compareText(a.path, b.path) ||
    a.line - b.line ||
    compareText(a.agentId, b.agentId) ||
    compareText(a.title, b.title) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

type TFileIndex = { resolve: (path: string) => string | undefined; patch: (path: string) => TParsedPatch | undefined };

function indexFiles(files: readonly TPullFile[]): TFileIndex {
  const byPath = new Map(files.map((f) => [f.filename, f]));
  const renamed = new Map(files.flatMap((f) => (f.previousFilename ? [[f.previousFilename, f.filename] as const] : [])));
  const parsed = new Map<string, TParsedPatch>();
  return {
    // Models sometimes keep git's a/ b/ prefixes or name a renamed file by its old path.
    resolve: (path) => {
      for (const candidate of [path, path.replace(/^[ab]\//, "")]) {
        if (byPath.has(candidate)) return candidate;
        const renamedTo = renamed.get(candidate);
        if (renamedTo) return renamedTo;
      }
      return undefined;
    },
    patch: (path) => {
      const file = byPath.get(path);
      if (!file?.patch) return undefined;
      if (!parsed.has(path)) parsed.set(path, parsePatch(file.patch));
      return parsed.get(path);
    },
  };
}

export function planFindings(input: TPlanFindingsInput): TFindingPlan {
  const index = indexFiles(input.files);
  const unreadable: { agentId: string; error: string }[] = [];
  let invalid = 0;
  const placed: TPlannedFinding[] = [];
  const located = new Map<TPlannedFinding, "inline" | "not_in_diff" | "not_on_changed_line">();

  for (const { agentId, output } of input.outputs) {
    const read = readFindingsOutput(output);
    if ("error" in read) {
      unreadable.push({ agentId, error: read.error });
      continue;
    }
    invalid += read.invalid;
    for (const finding of read.findings) {
      const { line: reportedLine, endLine: reportedEnd, ...rest } = finding;
      const path = index.resolve(finding.path) ?? finding.path;
      const patch = index.patch(path);
      const placement = patch ? placeOnDiff(patch, reportedLine, reportedEnd) : undefined;
      const inline = placement?.kind === "inline" ? placement : undefined;
      const line = inline?.line ?? reportedLine;
      const endLine = inline ? inline.endLine : reportedEnd;
      const planned: TPlannedFinding = {
        ...rest,
        agentId,
        path,
        line,
        ...(endLine !== undefined ? { endLine } : {}),
        reportedLine,
        exactLines: inline?.exact ?? false,
        fingerprint: findingFingerprint({ path, line, title: rest.title, body: rest.body }),
        alsoReportedBy: [],
        disposition: "inline",
      };
      placed.push(planned);
      located.set(planned, inline ? "inline" : patch ? "not_on_changed_line" : "not_in_diff");
    }
  }

  placed.sort(compareFindings);
  const all: TPlannedFinding[] = [];
  const seen = new Map<string, TPlannedFinding>();
  let duplicates = 0;
  for (const f of placed) {
    const sameSpot = `${f.path}\n${f.line}\n${normaliseText(f.title)}`;
    const kept = seen.get(f.fingerprint) ?? seen.get(sameSpot);
    if (kept) {
      duplicates += 1;
      if (f.agentId !== kept.agentId && !kept.alsoReportedBy.includes(f.agentId)) kept.alsoReportedBy.push(f.agentId);
      continue;
    }
    seen.set(f.fingerprint, f);
    seen.set(sameSpot, f);
    all.push(f);
  }

  const thresholdLevel = SEVERITY_LEVEL[input.config.severityThreshold];
  const posted = input.alreadyPosted ?? new Set<string>();
  let inlineCount = 0;
  for (const f of all) {
    const where = located.get(f)!;
    if (posted.has(f.fingerprint)) f.disposition = "already_posted";
    else if (SEVERITY_LEVEL[f.severity] < thresholdLevel) f.disposition = "below_threshold";
    else if (where !== "inline") f.disposition = where;
    else if (inlineCount >= input.config.maxComments) f.disposition = "over_cap";
    else {
      f.disposition = "inline";
      inlineCount += 1;
    }
  }

  const count = (d: TDisposition) => all.filter((f) => f.disposition === d).length;
  return {
    all,
    inline: all.filter((f) => f.disposition === "inline"),
    summaryOnly: all.filter((f) => f.disposition !== "inline" && f.disposition !== "already_posted"),
    alreadyPosted: count("already_posted"),
    belowThreshold: count("below_threshold"),
    overCap: count("over_cap"),
    notOnChangedLine: count("not_on_changed_line"),
    notInDiff: count("not_in_diff"),
    duplicates,
    invalid,
    unreadable,
  };
}

/** Any blocker blocks; any other finding is a comment; none is clean. */
export function verdict(findings: readonly { severity: TSeverity }[]): TVerdict {
  if (findings.some((f) => f.severity === "blocker")) return "blocking";
  return findings.length ? "comments" : "clean";
}

/** A blocking review fails the check only when `.coral.yml` opts in (`fail_on_blocking`); comments are neutral. */
export function checkRunConclusion(v: TVerdict, config: Pick<TCoralConfig, "failOnBlocking">): TCheckConclusion {
  if (v === "clean") return "success";
  if (v === "blocking" && config.failOnBlocking) return "failure";
  return "neutral";
}

/** Where GitHub's "create a review comment" API puts a finding: `line` is the last line of a range. */
export function reviewCommentAnchor(f: Pick<TPlannedFinding, "path" | "line" | "endLine">): { path: string; line: number; startLine?: number; side: "RIGHT" } {
  return f.endLine !== undefined ? { path: f.path, line: f.endLine, startLine: f.line, side: "RIGHT" } : { path: f.path, line: f.line, side: "RIGHT" };
}
