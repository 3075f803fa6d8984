// The block structure of the small markdown subset agent definitions and run
// deliverables use: headings, nested lists, code fences, block quotes, rules,
// tables (GitHub style) and paragraphs.
// Pure parsing (no React) so it can be tested on its own; markdown-text.tsx renders it.
export type TListItem = { text: string; children: TBlock[] };
export type TBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "code"; lang: string; text: string }
  | { kind: "list"; ordered: boolean; start: number; items: TListItem[] }
  | { kind: "quote"; text: string }
  | { kind: "rule" }
  | { kind: "table"; align: TTableAlign[]; header: string[]; rows: string[][] }
  | { kind: "paragraph"; text: string };
export type TTableAlign = "left" | "center" | "right" | null;

const FENCE = /^\s*(```|~~~)\s*([\w+-]*)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_ROW = /^\s{0,3}\|.*\|\s*$/;
const TABLE_DELIMITER = /^\s{0,3}\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?\|?\s*$/;

const indentOf = (line: string) => (/^\s*/.exec(line)?.[0] ?? "").replace(/\t/g, "    ").length;
const isBlank = (line: string | undefined) => line === undefined || line.trim() === "";
const startsBlock = (line: string) => FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || ITEM.test(line) || RULE.test(line);

/** A row's cells: outer pipes dropped, split on pipes that are not escaped (`\\|`). */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

function alignOf(cell: string): TTableAlign {
  const left = cell.startsWith(":");
  const right = cell.endsWith(":");
  return left && right ? "center" : right ? "right" : left ? "left" : null;
}

const isTableStart = (lines: string[], i: number) => TABLE_ROW.test(lines[i] ?? "") && TABLE_DELIMITER.test(lines[i + 1] ?? "");

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => !isBlank(l)).map(indentOf);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.replace(/\t/g, "    ").slice(Math.min(cut, indentOf(l))));
}

function parseList(lines: string[], start: number): { block: TBlock; next: number } {
  const first = ITEM.exec(lines[start]!)!;
  const base = indentOf(lines[start]!);
  const ordered = /\d/.test(first[2]!);
  const items: { text: string; sub: string[] }[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      // A blank line continues the list only if more of it follows.
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j++;
      const after = lines[j];
      const sameList = after !== undefined && ITEM.test(after) && indentOf(after) === base;
      if (!(sameList || (after !== undefined && indentOf(after) > base))) break;
      items.at(-1)?.sub.push("");
      i++;
      continue;
    }
    const item = ITEM.exec(line);
    const indent = indentOf(line);
    if (item && indent <= base + 1) {
      if (/\d/.test(item[2]!) !== ordered) break;
      items.push({ text: item[3]!, sub: [] });
    } else if (indent > base && items.length > 0) {
      items.at(-1)!.sub.push(line);
    } else if (items.length > 0 && !startsBlock(line) && !isBlank(lines[i - 1])) {
      items.at(-1)!.text += ` ${line.trim()}`; // lazy continuation
    } else {
      break;
    }
    i++;
  }
  return {
    block: {
      kind: "list",
      ordered,
      start: ordered ? Number.parseInt(first[2]!, 10) : 1,
      items: items.map(({ text, sub }) => ({ text, children: parseBlocks(dedent(sub)) })),
    },
    next: i,
  };
}

export function parseBlocks(lines: string[]): TBlock[] {
  const blocks: TBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++; // closing fence (or end of text)
      blocks.push({ kind: "code", lang: fence[2] ?? "", text: dedent(body).join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]! });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: "rule" });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) body.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ kind: "quote", text: body.join(" ") });
      continue;
    }
    if (ITEM.test(line)) {
      const { block, next } = parseList(lines, i);
      blocks.push(block);
      i = next;
      continue;
    }
    if (isTableStart(lines, i)) {
      const header = cellsOf(line);
      const align = cellsOf(lines[i + 1]!).map(alignOf);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && TABLE_ROW.test(lines[i]!)) {
        const cells = cellsOf(lines[i++]!);
        rows.push(header.map((_, c) => cells[c] ?? ""));
      }
      blocks.push({ kind: "table", align: header.map((_, c) => align[c] ?? null), header, rows });
      continue;
    }
    const body: string[] = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i]!) && !isTableStart(lines, i)) body.push(lines[i++]!.trim());
    blocks.push({ kind: "paragraph", text: body.join(" ") });
  }
  return blocks;
}
