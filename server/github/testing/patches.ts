// Unified-diff patches as GitHub's `patch` field carries them (hunks only, no
// file header, no trailing newline): building realistic ones for fixtures,
// and reading which lines of a patch a review comment may sit on.

export type TPatchContext = {
  /** Unchanged lines shown before the change. */
  before: readonly string[];
  /** Unchanged lines shown after the change. */
  after: readonly string[];
  /** Number of the first line of the hunk (old and new side alike). */
  firstLine?: number;
  removed?: readonly string[];
};

function numbered(count: number, make: (n: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => make(i + 1));
}

function range(start: number, count: number): string {
  // An empty side names the line before it, as in `@@ -0,0 +1,3 @@` for a new file.
  return count === 0 ? `${start - 1},0` : `${start},${count}`;
}

/**
 * One hunk adding `added` lines (a count, or the lines themselves) between
 * `context` unchanged lines on each side (a count, or the exact lines).
 * `patchFor(3, 0)` is a new three-line file.
 */
export function patchFor(added: number | readonly string[], context: number | TPatchContext = 3): string {
  const addedLines = typeof added === "number" ? numbered(added, (n) => `export const added${n} = ${n};`) : added;
  const ctx: TPatchContext =
    typeof context === "number"
      ? { before: numbered(context, (n) => `// context line ${n}`), after: numbered(context, (n) => `// context line ${context + n}`) }
      : context;
  const removed = ctx.removed ?? [];
  const first = ctx.firstLine ?? 1;
  const oldCount = ctx.before.length + removed.length + ctx.after.length;
  const newCount = ctx.before.length + addedLines.length + ctx.after.length;
  return [
    `@@ -${range(first, oldCount)} +${range(first, newCount)} @@`,
    ...ctx.before.map((l) => ` ${l}`),
    ...removed.map((l) => `-${l}`),
    ...addedLines.map((l) => `+${l}`),
    ...ctx.after.map((l) => ` ${l}`),
  ].join("\n");
}

export type TCommentableLines = {
  /** New-side line number → index of the hunk it is in (added and context lines). */
  right: Map<number, number>;
  /** Old-side line number → hunk index (removed and context lines). */
  left: Map<number, number>;
};

/** The lines of a patch GitHub lets a review comment sit on, per side. */
export function commentableLines(patch: string): TCommentableLines {
  const right = new Map<number, number>();
  const left = new Map<number, number>();
  let hunk = -1;
  let oldLine = 0;
  let newLine = 0;
  for (const line of patch.split("\n")) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      hunk += 1;
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (hunk < 0 || line.startsWith("\\")) continue; // "\ No newline at end of file"
    if (line.startsWith("+")) right.set(newLine++, hunk);
    else if (line.startsWith("-")) left.set(oldLine++, hunk);
    else {
      right.set(newLine++, hunk);
      left.set(oldLine++, hunk);
    }
  }
  return { right, left };
}

/** The new-side numbers of the added lines, in order. */
export function addedLineNumbers(patch: string): number[] {
  const out: number[] = [];
  let newLine = 0;
  for (const line of patch.split("\n")) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) newLine = Number(header[1]);
    else if (line.startsWith("+")) out.push(newLine++);
    else if (!line.startsWith("-") && !line.startsWith("\\")) newLine++;
  }
  return out;
}
