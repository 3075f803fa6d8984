// A unified-diff `patch` (GitHub's per-file patch) read into hunks, and the
// right-side line numbers GitHub accepts review comments on: every added or
// context line inside a hunk. Tolerates what real patches contain — CRLF line
// ends, `\ No newline at end of file`, counts left out of hunk headers
// (`@@ -1 +1 @@` means one line) — and never throws on a malformed patch.

export type TDiffLineKind = "add" | "delete" | "context";

export type TDiffLine = {
  kind: TDiffLineKind;
  /** Without the leading +, - or space, and without a trailing CR. */
  text: string;
  oldLine?: number;
  newLine?: number;
  noNewlineAtEnd?: boolean;
};

export type THunk = {
  header: string;
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The function or section name Git prints after the second @@, if any. */
  section: string;
  lines: TDiffLine[];
  /** The hunk as it appeared in the patch (header first), CRs removed: what a reviewer is shown. */
  raw: string[];
};

export type TParsedPatch = {
  hunks: THunk[];
  /** Right-side (new file) line numbers a review comment may be placed on. */
  commentableLines: ReadonlySet<number>;
  addedLines: { line: number; text: string }[];
};

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;

export function parseHunkHeader(line: string): Omit<THunk, "lines" | "raw"> | undefined {
  const m = HUNK_HEADER.exec(line);
  if (!m) return undefined;
  return {
    header: line,
    oldStart: Number(m[1]),
    oldLines: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newLines: m[4] === undefined ? 1 : Number(m[4]),
    section: (m[5] ?? "").trim(),
  };
}

export function parsePatch(patch: string | undefined): TParsedPatch {
  const hunks: THunk[] = [];
  const commentable = new Set<number>();
  const addedLines: { line: number; text: string }[] = [];
  if (!patch) return { hunks, commentableLines: commentable, addedLines };

  const lines = patch.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  // A patch ending in a newline splits into a last empty string that is not a line of the diff.
  if (lines.at(-1) === "") lines.pop();

  let hunk: THunk | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let oldLine = 0;
  let newLine = 0;
  for (const line of lines) {
    const header = parseHunkHeader(line);
    if (header) {
      hunk = { ...header, lines: [], raw: [line] };
      hunks.push(hunk);
      oldLeft = header.oldLines;
      newLeft = header.newLines;
      oldLine = header.oldStart;
      newLine = header.newStart;
      continue;
    }
    if (!hunk) continue; // `diff --git`, `---`/`+++` or other text before the first hunk
    if (line.startsWith("\\")) {
      // "\ No newline at end of file" belongs to the line before it, even after the counts ran out.
      const last = hunk.lines.at(-1);
      if (last) last.noNewlineAtEnd = true;
      hunk.raw.push(line);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue; // past the hunk's counted lines
    const marker = line[0];
    const text = line.slice(1);
    if (marker === "+") {
      hunk.lines.push({ kind: "add", text, newLine });
      commentable.add(newLine);
      addedLines.push({ line: newLine, text });
      newLine += 1;
      newLeft -= 1;
    } else if (marker === "-") {
      hunk.lines.push({ kind: "delete", text, oldLine });
      oldLine += 1;
      oldLeft -= 1;
    } else if (marker === " " || marker === undefined) {
      // Some tools strip the single space off an empty context line.
      hunk.lines.push({ kind: "context", text, oldLine, newLine });
      commentable.add(newLine);
      oldLine += 1;
      newLine += 1;
      oldLeft -= 1;
      newLeft -= 1;
    } else {
      continue; // not a diff line: ignore rather than guess
    }
    hunk.raw.push(line);
  }
  return { hunks, commentableLines: commentable, addedLines };
}

/** The last right-side line of a hunk, or undefined for a hunk that only deletes. */
export function hunkNewEnd(hunk: Pick<THunk, "newStart" | "newLines">): number | undefined {
  return hunk.newLines > 0 ? hunk.newStart + hunk.newLines - 1 : undefined;
}

/** The hunk whose right side contains `line`. */
export function hunkContaining(parsed: TParsedPatch, line: number): THunk | undefined {
  return parsed.hunks.find((h) => {
    const end = hunkNewEnd(h);
    return end !== undefined && line >= h.newStart && line <= end;
  });
}
