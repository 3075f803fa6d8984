// Pack the reviewed files' patches into chunks an agent can read within a
// token budget, in path order so the same pull request always chunks the same
// way. Each file is a `### path (status, +a −d)` block with its patch; a file
// larger than the budget is split at hunk boundaries into numbered parts, and
// a single hunk larger than the budget is cut at a line boundary — the only
// loss, and it is reported (with the line ranges not shown) rather than silent.
import { countTokens } from "@/server/agents/token-count";
import { compileGlob } from "./globs";
import { parsePatch, type THunk } from "./diff-lines";
import { fenced, formatCount } from "./markdown";
import type { TPathInstruction } from "./coral-config";
import type { TPullFile } from "./types";

export type TDiffChunk = { index: number; text: string; files: string[]; tokens: number };
export type TLineRange = { side: "new" | "old"; from: number; to: number };
export type TTruncatedFile = { path: string; reason: string; omitted: TLineRange[] };
export type TChunkedDiff = { chunks: TDiffChunk[]; truncated: TTruncatedFile[] };
export type TChunkDiffOptions = { budgetTokens: number; instructions?: readonly TPathInstruction[] };

/** Below this a file header and a few diff lines no longer fit. */
export const MIN_CHUNK_BUDGET = 500;
const INSTRUCTIONS_HEADING = "Instructions from .coral.yml for files in this chunk:";
// Counting pieces separately and adding up is within a token or two per join of counting
// the joined text; near the budget the candidate is counted exactly instead.
const ESTIMATE_MARGIN = 32;

type TBlock = { path: string; text: string; tokens: number; instructions: number[] };
type TInstruction = { index: number; line: string; tokens: number; matches: (path: string) => boolean };

const byPath = (a: TPullFile, b: TPullFile) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0);

function fileHeader(file: TPullFile, part?: { n: number; of: number }): string {
  const status = file.previousFilename && file.status !== "added" ? `${file.status} from ${file.previousFilename}` : file.status;
  const label = part && part.of > 1 ? ` (part ${part.n}/${part.of})` : "";
  return `### ${file.filename}${label} (${status}, +${file.additions} −${file.deletions})`;
}

function renderBlock(header: string, diffLines: string[], note?: string): string {
  return `${header}\n${fenced(diffLines.join("\n"), "diff")}${note ? `\n${note}` : ""}`;
}

function renderChunk(blocks: readonly TBlock[], instructions: readonly TInstruction[]): string {
  const wanted = new Set(blocks.flatMap((b) => b.instructions));
  const lines = instructions.filter((i) => wanted.has(i.index)).map((i) => i.line);
  const parts = lines.length ? [`${INSTRUCTIONS_HEADING}\n${lines.join("\n")}`] : [];
  return [...parts, ...blocks.map((b) => b.text)].join("\n\n");
}

/** Where a hunk cut after `kept` of its diff lines resumes, as old/new line ranges not shown. */
function omittedRanges(hunk: THunk, kept: number): TLineRange[] {
  const rest = hunk.lines.slice(kept);
  const first = rest[0];
  if (!first) return [];
  const ranges: TLineRange[] = [];
  const news = rest.filter((l) => l.newLine !== undefined).map((l) => l.newLine!);
  const olds = rest.filter((l) => l.kind === "delete").map((l) => l.oldLine!);
  if (news.length) ranges.push({ side: "new", from: news[0]!, to: news.at(-1)! });
  if (olds.length) ranges.push({ side: "old", from: olds[0]!, to: olds.at(-1)! });
  return ranges;
}

const describeRanges = (ranges: readonly TLineRange[]) =>
  ranges.map((r) => `${r.side} lines ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join(" and ");

type TPart = { lines: string[]; note?: string };

/** The blocks of one file, each fitting `available` tokens, and what could not be shown. */
function fileBlocks(file: TPullFile, available: number, budget: number): { blocks: { text: string; tokens: number }[]; omitted: TLineRange[]; notes: string[] } {
  const patch = (file.patch ?? "").replace(/\r\n/g, "\n").replace(/\n+$/, "");
  const whole = renderBlock(fileHeader(file), [patch]);
  const wholeTokens = countTokens(whole);
  if (wholeTokens <= available) return { blocks: [{ text: whole, tokens: wholeTokens }], omitted: [], notes: [] };

  const parsed = parsePatch(patch);
  // A patch without hunk headers cannot be split meaningfully: treat it as one hunk of plain lines.
  const hunks: { raw: string[]; hunk?: THunk }[] = parsed.hunks.length ? parsed.hunks.map((h) => ({ raw: h.raw, hunk: h })) : [{ raw: patch.split("\n") }];
  // Budget a part as if it were "part 99/99" so the real label always fits.
  const overhead = countTokens(renderBlock(fileHeader(file, { n: 99, of: 99 }), [""])) + 4;
  const room = available - overhead;

  const parts: TPart[] = [];
  const omitted: TLineRange[] = [];
  const notes: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  const flush = () => {
    if (current.length) parts.push({ lines: current });
    current = [];
    currentTokens = 0;
  };
  for (const { raw, hunk } of hunks) {
    const text = raw.join("\n");
    const tokens = countTokens(text) + 1;
    if (tokens <= room) {
      if (currentTokens + tokens > room) flush();
      current.push(text);
      currentTokens += tokens;
      continue;
    }
    flush();
    // One hunk alone is over budget: keep the longest prefix of whole lines that fits with its note.
    const noteFor = (keptRaw: number): { note: string; ranges: TLineRange[] } => {
      const keptLines = hunk ? raw.slice(1, keptRaw).filter((l) => !l.startsWith("\\")).length : keptRaw;
      const ranges = hunk ? omittedRanges(hunk, keptLines) : [];
      const where = hunk ? `hunk ${hunk.header.slice(0, hunk.header.lastIndexOf("@@") + 2)}` : "the patch";
      const what = ranges.length ? describeRanges(ranges) : `${formatCount(raw.length - keptRaw)} of ${formatCount(raw.length)} patch lines`;
      return { note: `[Truncated: ${where} is larger than the ${formatCount(budget)}-token budget; not shown: ${what}.]`, ranges };
    };
    let low = hunk ? 2 : 1;
    let high = raw.length - 1;
    let best = 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (countTokens(`${raw.slice(0, mid).join("\n")}\n${noteFor(mid).note}`) + 2 <= room) {
        best = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const { note, ranges } = noteFor(best);
    parts.push({ lines: [raw.slice(0, best).join("\n")], note });
    omitted.push(...ranges);
    notes.push(note);
  }
  flush();

  const blocks = parts.map((part, i) => {
    const text = renderBlock(fileHeader(file, { n: i + 1, of: parts.length }), part.lines, part.note);
    return { text, tokens: countTokens(text) };
  });
  return { blocks, omitted, notes };
}

function compileInstructions(instructions: readonly TPathInstruction[]): TInstruction[] {
  return instructions.flatMap((instruction, index) => {
    const compiled = compileGlob(instruction.path);
    if (!compiled.ok) return [];
    const line = `- For ${instruction.path}: ${instruction.text.replace(/\n/g, "\n  ")}`;
    return [{ index, line, tokens: countTokens(line) + 1, matches: compiled.matcher.matches }];
  });
}

export function chunkDiff(files: readonly TPullFile[], options: TChunkDiffOptions): TChunkedDiff {
  const budget = options.budgetTokens;
  if (!Number.isFinite(budget) || budget < MIN_CHUNK_BUDGET) throw new RangeError(`chunk budget must be at least ${MIN_CHUNK_BUDGET} tokens, got ${budget}`);
  const instructions = compileInstructions(options.instructions ?? []);
  const headingTokens = countTokens(INSTRUCTIONS_HEADING) + 2;
  const byIndex = new Map(instructions.map((i) => [i.index, i]));

  const blocks: TBlock[] = [];
  const truncated: TTruncatedFile[] = [];
  for (const file of [...files].sort(byPath)) {
    // Instructions take at most a quarter of the budget; a file matching more gets the first ones.
    const own: number[] = [];
    let ownTokens = headingTokens;
    for (const i of instructions) {
      if (!i.matches(file.filename) || ownTokens + i.tokens > budget / 4) continue;
      own.push(i.index);
      ownTokens += i.tokens;
    }
    const available = budget - (own.length ? ownTokens : 0) - 8;
    const { blocks: fileParts, omitted, notes } = fileBlocks(file, available, budget);
    for (const part of fileParts) blocks.push({ path: file.filename, text: part.text, tokens: part.tokens, instructions: own });
    if (notes.length) truncated.push({ path: file.filename, reason: notes.map((n) => n.slice("[Truncated: ".length, -1)).join(" "), omitted });
  }

  const groups: TBlock[][] = [];
  let group: TBlock[] = [];
  let estimate = 0;
  let included = new Set<number>();
  const blockCost = (block: TBlock) => {
    const fresh = block.instructions.filter((i) => !included.has(i));
    const instructionTokens = fresh.reduce((sum, i) => sum + (byIndex.get(i)?.tokens ?? 0), 0);
    return block.tokens + 2 + instructionTokens + (fresh.length && included.size === 0 ? headingTokens : 0);
  };
  for (const block of blocks) {
    const cost = blockCost(block);
    const fits =
      group.length === 0 ||
      estimate + cost + ESTIMATE_MARGIN <= budget ||
      (estimate + cost - ESTIMATE_MARGIN <= budget && countTokens(renderChunk([...group, block], instructions)) <= budget);
    if (!fits) {
      groups.push(group);
      group = [];
      estimate = 0;
      included = new Set();
    }
    estimate += blockCost(block);
    group.push(block);
    for (const i of block.instructions) included.add(i);
  }
  if (group.length) groups.push(group);

  const chunks: TDiffChunk[] = [];
  for (const g of groups) {
    // Estimates can only be off by a few tokens; should a chunk still come out over budget, peel blocks off its end.
    const pending = [g];
    while (pending.length) {
      const blocksOf = pending.shift()!;
      const text = renderChunk(blocksOf, instructions);
      const tokens = countTokens(text);
      if (tokens > budget && blocksOf.length > 1) {
        pending.unshift(blocksOf.slice(0, -1), blocksOf.slice(-1));
        continue;
      }
      chunks.push({ index: chunks.length, text, files: [...new Set(blocksOf.map((b) => b.path))], tokens });
    }
  }
  return { chunks, truncated };
}
