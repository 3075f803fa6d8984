// Where on the pull request a finding can be shown. GitHub only accepts
// review comments on lines inside the diff's hunks; a finding a few lines off
// (models miscount) moves to the nearest such line of the same hunk, and one
// further away stays out of the inline comments, for the summary.
import { hunkContaining, hunkNewEnd, type TParsedPatch } from "./diff-lines";

/** How far (in lines) a finding may move to reach a commentable line. */
export const MAX_LINE_SHIFT = 3;

export type TPlacement =
  | { kind: "inline"; line: number; endLine?: number; /** false when moved or its range shortened */ exact: boolean }
  | { kind: "not_on_changed_line" };

export function placeOnDiff(parsed: TParsedPatch, line: number, endLine?: number): TPlacement {
  let start: number | undefined = parsed.commentableLines.has(line) ? line : undefined;
  for (let d = 1; start === undefined && d <= MAX_LINE_SHIFT; d++) {
    if (parsed.commentableLines.has(line - d)) start = line - d;
    else if (parsed.commentableLines.has(line + d)) start = line + d;
  }
  if (start === undefined) return { kind: "not_on_changed_line" };

  // A multi-line comment must stay within one hunk: keep the part of the range inside it.
  const hunk = hunkContaining(parsed, start);
  const hunkEnd = hunk ? hunkNewEnd(hunk) : undefined;
  const end = endLine !== undefined && hunkEnd !== undefined ? Math.min(endLine, hunkEnd) : undefined;
  const placedEnd = end !== undefined && end > start ? end : undefined;
  return { kind: "inline", line: start, ...(placedEnd !== undefined ? { endLine: placedEnd } : {}), exact: start === line && placedEnd === endLine };
}
