// Small markdown helpers for text we put in front of models and on GitHub:
// code spans and fences that survive backticks in their content, and
// defusing text written by agents so it cannot @mention people or forge the
// hidden markers Coral recognises its own comments by.

const longestRun = (text: string, char: string): number => {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
};

/** `text` as an inline code span, whatever backticks it holds. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  const ticks = "`".repeat(longestRun(flat, "`") + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function fenced(text: string, info = ""): string {
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** Cut to at most `max` characters, ending in "…" when cut. */
export function truncateChars(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export const formatCount = (n: number): string => n.toLocaleString("en-US");

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Escape a value for a markdown table cell. */
export const tableCell = (text: string): string => text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)/g;
// "@user" or "@org/team" not preceded by a word character or slash (e-mail addresses and URLs stay as they are).
const MENTION = /(^|[^\w`/])@([a-z\d](?:[a-z\d-]*[a-z\d])?(?:\/[\w.-]+)?)/gi;
const MARKER_OPENING = /<!--(\s*)coral:/gi;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;

// Raw HTML from an agent could open a <details> that swallows the rest of a comment, and prose such as
// Promise<void> would vanish as an unknown tag: outside code, "<" is shown as the character it is.
const defusePlain = (text: string): string => text.replace(/</g, "&lt;").replace(MENTION, "$1@\u200b$2");

/** Prose with its code spans left alone (mentions in code never notify anyone). */
function defuseProse(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(CODE_SPAN)) {
    out += defusePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + defusePlain(text.slice(last));
}

/**
 * Agent-written markdown made safe to post: mentions outside code stop
 * notifying, HTML outside code shows as text, look-alikes of Coral's hidden
 * markers are broken (in code too), and a code fence the agent left open is
 * closed (so it cannot swallow what follows).
 */
export function sanitizeAgentMarkdown(text: string): string {
  const out: string[] = [];
  let openFence: string | undefined;
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length) out.push(defuseProse(prose.join("\n")));
    prose = [];
  };
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    const fence = FENCE_LINE.exec(line)?.[1];
    if (openFence === undefined) {
      if (fence) {
        flushProse();
        openFence = fence;
        out.push(line);
      } else prose.push(line);
    } else {
      out.push(line);
      if (fence && fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence) openFence = undefined;
    }
  }
  flushProse();
  if (openFence !== undefined) out.push(openFence);
  return out.join("\n").replace(MARKER_OPENING, "<!--$1coral\u200b:");
}
