// What a review covered, file by file: every changed file is reviewed,
// skipped (with its reason) or truncated (partly shown to the agents), and
// the numbers always add up to the pull request's file count. Rendered as the
// footer of the summary comment, listing every file not fully reviewed; only
// when GitHub's comment size forces it is the list cut, and then it says so.
import { SKIP_REASONS, type TFileClassification, type TSkipReason } from "./classify-files";
import { formatCount, inlineCode, plural } from "./markdown";

export type TSkippedFile = { path: string; reason: TSkipReason; detail: string };
export type TCoverage = {
  reviewed: string[];
  skipped: TSkippedFile[];
  truncated: { path: string; detail: string }[];
  totalFiles: number;
  incrementalSince?: string;
};

export type TBuildCoverageInput = {
  classifications: readonly TFileClassification[];
  /** Files the diff chunker could not show in full (`chunkDiff(...).truncated`). */
  truncated: readonly { path: string; reason: string }[];
  incrementalSince?: string;
};

/** Above this many entries the list is grouped by reason (still listing every file). */
export const GROUP_ABOVE_ENTRIES = 100;

const GROUP_LABELS: Readonly<Record<TSkipReason | "truncated", string>> = {
  truncated: "Truncated (only partly shown to the agents)",
  ignored: "Ignored by .coral.yml",
  removed: "Removed",
  binary: "Binary",
  no_changes: "No content changes",
  generated: "Generated",
  too_large: "Too large",
  unchanged: "Unchanged since the last review",
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildCoverage(input: TBuildCoverageInput): TCoverage {
  const truncatedDetail = new Map<string, string>();
  for (const t of input.truncated) truncatedDetail.set(t.path, truncatedDetail.has(t.path) ? `${truncatedDetail.get(t.path)} ${t.reason}` : t.reason);
  const reviewed: string[] = [];
  const skipped: TSkippedFile[] = [];
  const truncated: { path: string; detail: string }[] = [];
  for (const c of input.classifications) {
    if (c.outcome === "skipped") skipped.push({ path: c.path, reason: c.reason, detail: c.detail });
    else if (truncatedDetail.has(c.path)) truncated.push({ path: c.path, detail: truncatedDetail.get(c.path)! });
    else reviewed.push(c.path);
  }
  const order = (r: TSkipReason) => SKIP_REASONS.indexOf(r);
  return {
    reviewed: reviewed.sort(compare),
    skipped: skipped.sort((a, b) => order(a.reason) - order(b.reason) || compare(a.path, b.path)),
    truncated: truncated.sort((a, b) => compare(a.path, b.path)),
    totalFiles: input.classifications.length,
    ...(input.incrementalSince ? { incrementalSince: input.incrementalSince } : {}),
  };
}

export function coverageHeadline(coverage: TCoverage): string {
  const since = coverage.incrementalSince ? ` · incremental since ${inlineCode(coverage.incrementalSince.slice(0, 7))}` : "";
  return (
    `**Coverage:** ${formatCount(coverage.reviewed.length)} of ${plural(coverage.totalFiles, "file")} reviewed` +
    ` · ${formatCount(coverage.skipped.length)} skipped · ${formatCount(coverage.truncated.length)} truncated${since}`
  );
}

type TGroup = { label: string; entries: { path: string; detail: string }[] };

function groups(coverage: TCoverage): TGroup[] {
  const result: TGroup[] = [];
  if (coverage.truncated.length) result.push({ label: GROUP_LABELS.truncated, entries: coverage.truncated });
  for (const reason of SKIP_REASONS) {
    const entries = coverage.skipped.filter((s) => s.reason === reason);
    if (entries.length) result.push({ label: GROUP_LABELS[reason], entries });
  }
  return result;
}

const entryLine = (e: { path: string; detail: string }, withDetail: boolean) => `- ${inlineCode(e.path)}${withDetail ? ` — ${e.detail}` : ""}`;
const groupHeading = (g: TGroup) => `**${g.label} — ${formatCount(g.entries.length)}**`;

function wrap(coverage: TCoverage, body: string): string {
  const count = coverage.skipped.length + coverage.truncated.length;
  return `${coverageHeadline(coverage)}\n\n<details><summary>${plural(count, "file")} not fully reviewed</summary>\n\n${body}\n\n</details>`;
}

/** Lists cut to fit `maxChars`, each cut group ending with how many were left out. */
function cutToFit(coverage: TCoverage, all: TGroup[], maxChars: number, runUrl: string | undefined): string | undefined {
  const more = (n: number) => `- …and ${formatCount(n)} more, see ${runUrl ? `[the run](${runUrl})` : "the run"}`;
  const skeleton = wrap(coverage, all.map((g) => `${groupHeading(g)}\n${more(g.entries.length)}`).join("\n\n"));
  let room = maxChars - skeleton.length;
  if (room < 0) return undefined;
  const sections = all.map((g) => {
    const lines: string[] = [];
    for (const e of g.entries) {
      const line = entryLine(e, false);
      if (line.length + 1 > room) break;
      lines.push(line);
      room -= line.length + 1;
    }
    const left = g.entries.length - lines.length;
    return [groupHeading(g), ...lines, ...(left ? [more(left)] : [])].join("\n");
  });
  return wrap(coverage, sections.join("\n\n"));
}

/**
 * The coverage footer: the headline and a collapsible list of every file not
 * fully reviewed with its reason. When the full list would pass `maxChars` it
 * drops the per-file reasons (the group says why), and only then cuts lists
 * (`cut` says so; each cut list ends with how many it left out).
 */
export function renderCoverage(coverage: TCoverage, options: { maxChars?: number; runUrl?: string } = {}): { text: string; cut: boolean } {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const headline = coverageHeadline(coverage);
  const count = coverage.skipped.length + coverage.truncated.length;
  if (count === 0) return { text: headline, cut: false };

  const all = groups(coverage);
  const candidates: (() => string)[] = [
    () =>
      count > GROUP_ABOVE_ENTRIES
        ? wrap(coverage, all.map((g) => [groupHeading(g), ...g.entries.map((e) => entryLine(e, true))].join("\n")).join("\n\n"))
        : wrap(coverage, [...coverage.truncated.map((t) => ({ ...t, detail: `truncated — ${t.detail}` })), ...coverage.skipped].map((e) => entryLine(e, true)).join("\n")),
    () => wrap(coverage, all.map((g) => [groupHeading(g), ...g.entries.map((e) => entryLine(e, false))].join("\n")).join("\n\n")),
  ];
  for (const candidate of candidates) {
    const text = candidate();
    if (text.length <= maxChars) return { text, cut: false };
  }
  const cut = cutToFit(coverage, all, maxChars, options.runUrl);
  if (cut) return { text: cut, cut: true };
  const see = options.runUrl ? `[the run](${options.runUrl})` : "the run";
  return { text: `${headline}\n\n${plural(count, "file")} not fully reviewed; the list is too long for this comment, see ${see}.`, cut: true };
}

export function renderCoverageFooter(coverage: TCoverage, options: { maxChars?: number; runUrl?: string } = {}): string {
  return renderCoverage(coverage, options).text;
}
