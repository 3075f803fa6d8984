// The text Coral posts on a pull request: one inline comment per finding and
// one summary comment per pull request (edited in place on each push). Both
// carry hidden markers, so the next review finds its own summary and knows
// which findings it already posted instead of posting them again.
import { renderCoverage, type TCoverage } from "./coverage";
import { verdict, type TFindingPlan, type TPlannedFinding, type TSummaryReason, type TVerdict } from "./findings";
import { fenced, formatCount, inlineCode, plural, sanitizeAgentMarkdown, tableCell, truncateChars } from "./markdown";
import { SEVERITIES, type TSeverity, type TSeverityThreshold } from "./types";

export const SUMMARY_MARKER = "<!-- coral:review-summary -->";
/** GitHub rejects issue and review comments longer than this. */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;
// JavaScript counts UTF-16 units and GitHub may count differently; stay clear of the edge.
export const SUMMARY_MAX_CHARS = 65_000;
export const OFFLINE_NOTICE = "**Offline model:** rule-based draft, configure a model provider for a real review.";

const FINDING_MARKER = /^<!-- coral:finding:([0-9a-f]{64}) -->$/;
export const findingMarker = (fingerprint: string) => `<!-- coral:finding:${fingerprint} -->`;

export const SEVERITY_LABELS: Readonly<Record<TSeverity, string>> = { blocker: "Blocker", major: "Major", minor: "Minor", nit: "Nit", question: "Question" };

const nameOf = (names: Readonly<Record<string, string>> | undefined, id: string) => names?.[id] ?? id;

export function renderInlineComment(finding: TPlannedFinding, options: { agentNames?: Readonly<Record<string, string>> } = {}): string {
  const title = sanitizeAgentMarkdown(finding.title).replace(/\n/g, " ");
  const parts = [`**${SEVERITY_LABELS[finding.severity]}** · ${title}`];
  if (finding.body) parts.push(sanitizeAgentMarkdown(finding.body));
  if (finding.suggestion !== undefined) {
    // A suggestion replaces exactly the commented lines; on moved lines it would replace the wrong ones.
    parts.push(
      finding.exactLines
        ? fenced(finding.suggestion, "suggestion")
        : `Suggested change (for line ${finding.reportedLine}, so not offered as a one-click suggestion here):\n${fenced(finding.suggestion)}`,
    );
  }
  const about = [nameOf(options.agentNames, finding.agentId), `confidence ${Math.round(finding.confidence * 100)}%`];
  if (finding.alsoReportedBy.length) about.push(`also flagged by ${finding.alsoReportedBy.map((id) => nameOf(options.agentNames, id)).join(", ")}`);
  if (finding.reportedLine !== finding.line) about.push(`reported at line ${finding.reportedLine}, shown on the nearest changed line`);
  parts.push(`<sub>${about.join(" · ")}</sub>`);
  parts.push(findingMarker(finding.fingerprint));
  return parts.join("\n\n");
}

/** Is this Coral's summary comment (the one to edit rather than post anew)? */
export function isSummaryComment(body: string | null | undefined): boolean {
  return (body ?? "").trimStart().startsWith(SUMMARY_MARKER);
}

/** Fingerprints of the findings a comment body carries markers for (a marker counts only on a line of its own). */
export function fingerprintsIn(body: string | null | undefined): Set<string> {
  const found = new Set<string>();
  for (const line of (body ?? "").split("\n")) {
    const m = FINDING_MARKER.exec(line.trim());
    if (m) found.add(m[1]!);
  }
  return found;
}

export type TAgentRunInfo = { agentId: string; agentName: string; model: string; costUsd: number; offline: boolean };

export type TSummaryInput = {
  plan: TFindingPlan;
  config: { severityThreshold: TSeverityThreshold; maxComments: number };
  agents: readonly TAgentRunInfo[];
  configErrors: readonly string[];
  runUrl: string;
  headSha: string;
  incrementalSince?: string;
  coverage: TCoverage;
  maxChars?: number;
};

const HEADINGS: Readonly<Record<TVerdict, string>> = {
  blocking: "CoralCollective review: blocking issues found",
  comments: "CoralCollective review: comments",
  clean: "CoralCollective review: no issues found",
};

const LISTED_CONFIG_ERRORS = 20;
const FULL_LISTING = { entries: 25, snippetChars: 280 };
const COMPACT_LISTING = { entries: 10, snippetChars: 0 };

const money = (usd: number) => `$${usd.toFixed(usd > 0 && usd < 1 ? 4 : 2)}`;

function reasonText(reason: TSummaryReason, config: TSummaryInput["config"]): string {
  switch (reason) {
    case "below_threshold":
      return `below the ${config.severityThreshold} threshold`;
    case "over_cap":
      return `over the ${config.maxComments}-comment cap`;
    case "not_on_changed_line":
      return "not on a changed line";
    case "not_in_diff":
      return "file not in this diff";
  }
}

function severityTable(plan: TFindingPlan): string {
  if (!plan.all.length) return "No findings.";
  const rows = SEVERITIES.flatMap((severity) => {
    const of = plan.all.filter((f) => f.severity === severity);
    if (!of.length) return [];
    const n = (d: (f: TPlannedFinding) => boolean) => formatCount(of.filter(d).length);
    const summary = n((f) => f.disposition !== "inline" && f.disposition !== "already_posted");
    return [`| ${SEVERITY_LABELS[severity]} | ${formatCount(of.length)} | ${n((f) => f.disposition === "inline")} | ${n((f) => f.disposition === "already_posted")} | ${summary} |`];
  });
  const total = `| **Total** | **${formatCount(plan.all.length)}** | ${formatCount(plan.inline.length)} | ${formatCount(plan.alreadyPosted)} | ${formatCount(plan.summaryOnly.length)} |`;
  return ["| Severity | Found | Posted now | Posted earlier | In this summary |", "|---|---:|---:|---:|---:|", ...rows, total].join("\n");
}

function breakdown(plan: TFindingPlan, config: TSummaryInput["config"]): string {
  const notInline = [
    plan.belowThreshold && `${formatCount(plan.belowThreshold)} below the ${config.severityThreshold} threshold`,
    plan.overCap && `${formatCount(plan.overCap)} over the ${config.maxComments}-comment cap`,
    plan.notOnChangedLine && `${formatCount(plan.notOnChangedLine)} not on a changed line`,
    plan.notInDiff && `${formatCount(plan.notInDiff)} in files not in this diff`,
  ].filter(Boolean);
  const sentences = [`${plural(plan.inline.length, "finding")} posted inline.`];
  if (notInline.length) sentences.push(`Kept for this summary: ${notInline.join(", ")}.`);
  if (plan.alreadyPosted) sentences.push(`${plural(plan.alreadyPosted, "finding")} already posted on an earlier push (not repeated).`);
  if (plan.duplicates) sentences.push(`${plural(plan.duplicates, "duplicate")} merged.`);
  if (plan.invalid) sentences.push(`${plural(plan.invalid, "malformed finding")} dropped.`);
  return sentences.join(" ");
}

function findingsListing(input: TSummaryInput, names: Record<string, string>, limits: { entries: number; snippetChars: number }): string {
  const listed = input.plan.summaryOnly;
  if (!listed.length) return "";
  const lines = listed.slice(0, limits.entries).map((f) => {
    const where = inlineCode(`${f.path}:${f.line}`);
    const title = sanitizeAgentMarkdown(f.title).replace(/\n/g, " ");
    const line = `- **${SEVERITY_LABELS[f.severity]}** · ${where} · ${title} — ${nameOf(names, f.agentId)}, ${reasonText(f.disposition as TSummaryReason, input.config)}`;
    const snippet = limits.snippetChars && f.body ? truncateChars(sanitizeAgentMarkdown(f.body).replace(/\s+/g, " "), limits.snippetChars) : "";
    return snippet ? `${line}\n  > ${snippet}` : line;
  });
  const left = listed.length - lines.length;
  if (left) lines.push(`- …and ${formatCount(left)} more, see [the run](${input.runUrl})`);
  return `### Not posted inline\n${lines.join("\n")}`;
}

function agentsSection(agents: readonly TAgentRunInfo[]): string {
  if (!agents.length) return "";
  const rows = agents.map((a) => `| ${tableCell(a.agentName)} | ${a.offline ? "offline (rule-based)" : tableCell(a.model)} | ${money(a.costUsd)} |`);
  const total = agents.reduce((sum, a) => sum + a.costUsd, 0);
  return ["### Agents", "| Agent | Model | Cost |", "|---|---|---:|", ...rows, `| **Total** | | **${money(total)}** |`].join("\n");
}

function problemsSection(input: TSummaryInput, names: Record<string, string>): string {
  const lines: string[] = [];
  for (const u of input.plan.unreadable) lines.push(`- ${nameOf(names, u.agentId)}'s findings could not be read (${truncateChars(u.error, 300)}); this review is incomplete.`);
  const errors = input.configErrors.slice(0, LISTED_CONFIG_ERRORS).map((e) => `- ${inlineCode(".coral.yml")}: ${sanitizeAgentMarkdown(truncateChars(e, 300)).replace(/\n/g, " ")}`);
  lines.push(...errors);
  if (input.configErrors.length > LISTED_CONFIG_ERRORS) lines.push(`- …and ${formatCount(input.configErrors.length - LISTED_CONFIG_ERRORS)} more ${inlineCode(".coral.yml")} problems, see [the run](${input.runUrl})`);
  if (!lines.length) return "";
  const note = input.configErrors.length ? "\n\nSettings with problems were ignored; their defaults apply." : "";
  return `### Problems\n${lines.join("\n")}${note}`;
}

export function renderSummaryComment(input: TSummaryInput): string {
  const maxChars = Math.min(input.maxChars ?? SUMMARY_MAX_CHARS, GITHUB_COMMENT_MAX_CHARS);
  const names = Object.fromEntries(input.agents.map((a) => [a.agentId, a.agentName]));
  const v = verdict(input.plan.all);
  const partial = input.coverage.reviewed.length < input.coverage.totalFiles;
  // "No issues" must not read as a clean bill of health when agents went unheard or files unread.
  const heading =
    v === "clean" && input.plan.unreadable.length ? "CoralCollective review: incomplete" : v === "clean" && partial ? `${HEADINGS.clean} in the reviewed files` : HEADINGS[v];
  const since = input.incrementalSince ?? input.coverage.incrementalSince;

  const head = [
    SUMMARY_MARKER,
    `## ${heading}`,
    `Reviewed ${input.headSha}${since ? ` (incremental since ${since})` : ""} · [Open the run in CoralCollective](${input.runUrl})`,
    ...(input.agents.some((a) => a.offline) ? [`> ${OFFLINE_NOTICE}`] : []),
    severityTable(input.plan),
    breakdown(input.plan, input.config),
  ];
  const tail = [agentsSection(input.agents), problemsSection(input, names)];
  const compose = (listing: string, coverage: string) => [...head, listing, ...tail, "---", coverage].filter(Boolean).join("\n\n");

  // Shorten the findings list before the coverage list, and cut the coverage list only as a last resort.
  let body = "";
  for (const limits of [FULL_LISTING, COMPACT_LISTING]) {
    const listing = findingsListing(input, names, limits);
    const room = maxChars - compose(listing, "").length - 2;
    const coverage = renderCoverage(input.coverage, { maxChars: room, runUrl: input.runUrl });
    body = compose(listing, coverage.text);
    if (!coverage.cut) break;
  }
  return body.length <= maxChars ? body : `${body.slice(0, maxChars - 60)}\n\n…cut to fit GitHub's comment limit; see the run.`;
}
