// Turning a field's line diff (parts of kind same/added/removed) into numbered
// lines for a unified view, with long unchanged runs folded away.
import type { TDiffPart } from "@/server/services/custom-agents/diff-agent-versions";

export type TLine = { kind: TDiffPart["kind"]; text: string; oldNo: number | null; newNo: number | null };
export type TRow = { type: "line"; line: TLine } | { type: "fold"; id: number; lines: TLine[] };

/** Lines shown around each change; longer unchanged runs fold. */
export const CONTEXT = 3;

/**
 * Numbered lines from the diff parts. A field's last line has no newline, so a
 * line diff reports it as removed and re-added when text is appended after it;
 * lines a change run removes and adds unchanged at its start or end are shown
 * as unchanged instead.
 */
export function linesOf(parts: TDiffPart[]): TLine[] {
  const raw: { kind: TDiffPart["kind"]; text: string }[] = [];
  for (const part of parts) {
    const texts = part.text.split("\n");
    if (part.text.endsWith("\n")) texts.pop();
    for (const text of texts) raw.push({ kind: part.kind, text });
  }

  const tidy: { kind: TDiffPart["kind"]; text: string }[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i]!.kind === "same") {
      tidy.push(raw[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < raw.length && raw[end]!.kind !== "same") end += 1;
    const removed = raw.slice(i, end).filter((l) => l.kind === "removed").map((l) => l.text);
    const added = raw.slice(i, end).filter((l) => l.kind === "added").map((l) => l.text);
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head]) head += 1;
    let tail = 0;
    while (tail < removed.length - head && tail < added.length - head && removed[removed.length - 1 - tail] === added[added.length - 1 - tail]) tail += 1;
    removed.slice(0, head).forEach((text) => tidy.push({ kind: "same", text }));
    removed.slice(head, removed.length - tail).forEach((text) => tidy.push({ kind: "removed", text }));
    added.slice(head, added.length - tail).forEach((text) => tidy.push({ kind: "added", text }));
    removed.slice(removed.length - tail).forEach((text) => tidy.push({ kind: "same", text }));
    i = end;
  }

  let oldNo = 1;
  let newNo = 1;
  return tidy.map(({ kind, text }) => ({
    kind,
    text,
    oldNo: kind === "added" ? null : oldNo++,
    newNo: kind === "removed" ? null : newNo++,
  }));
}

/** Lines with every unchanged run longer than the context folded into one row. */
export function foldUnchanged(lines: TLine[]): TRow[] {
  const rows: TRow[] = [];
  let index = 0;
  let folds = 0;
  while (index < lines.length) {
    if (lines[index]!.kind !== "same") {
      rows.push({ type: "line", line: lines[index]! });
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && lines[end]!.kind === "same") end += 1;
    const run = lines.slice(index, end);
    const keepBefore = index === 0 ? 0 : CONTEXT;
    const keepAfter = end === lines.length ? 0 : CONTEXT;
    if (run.length > keepBefore + keepAfter + 1) {
      run.slice(0, keepBefore).forEach((line) => rows.push({ type: "line", line }));
      rows.push({ type: "fold", id: folds++, lines: run.slice(keepBefore, run.length - keepAfter) });
      run.slice(run.length - keepAfter).forEach((line) => rows.push({ type: "line", line }));
    } else {
      run.forEach((line) => rows.push({ type: "line", line }));
    }
    index = end;
  }
  return rows;
}
