// Strings for the offline model's JSON values: a field's format or name picks
// the kind (email, id, date, title…), length bounds trim it, and when a regex
// `pattern` still refuses it, a sample the pattern accepts takes its place.
import type { JSONSchema7 } from "@ai-sdk/provider";

/** The string side of a schema; json-from-schema collects merged patterns in `patterns`. */
type TStringSchema = Pick<JSONSchema7, "format" | "minLength" | "maxLength" | "pattern"> & { patterns?: string[] };
/** The field being filled: its name, the request's topic, and a seeded hash so values vary by prompt yet never between runs. */
export type TStringAt = { name: string; topic: string; roll: (salt?: string) => number };

const WORDS = ["Aurora", "Beacon", "Cobalt", "Delta", "Ember", "Fjord", "Harbor", "Juniper", "Lumen", "Meridian", "Nimbus", "Orchid"];

/** Every pattern a string must match: those allOf merged, else the schema's own. */
export const patternsOf = (s: TStringSchema) => s.patterns ?? (s.pattern ? [s.pattern] : []);

const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\-.\s/]+/g, " ")
    .trim()
    .toLowerCase();
const slug = (name: string) =>
  words(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "value";
export const singular = (name: string) => name.replace(/(ies)$/, "y").replace(/(?<!s)s$/, "");
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function uuid(at: TStringAt): string {
  const hex = [0, 1, 2, 3].map((i) => at.roll(`uuid${i}`).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[at.roll() % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function dateTime(at: TStringAt): string {
  const h = at.roll("date");
  return new Date(Date.UTC(2025, 0, 1 + (h % 365), 8 + (h % 10), (h % 4) * 15)).toISOString();
}

function textFor(format: string | undefined, at: TStringAt): string {
  const name = at.name || "value";
  const key = name.toLowerCase();
  const word = WORDS[at.roll("word") % WORDS.length]!;
  const n = 1 + (at.roll("n") % 99);
  const kind =
    format ??
    (/e-?mail/.test(key)
      ? "email"
      : /(^|_)(url|uri|link|href|website|homepage)$|[a-z](Url|Uri|Link|Href)$/.test(name)
        ? "uri"
        : /(^|_)id$|[a-z]Id$/.test(name)
          ? "id"
          : /(^|_)(date|datetime|timestamp)$|_at$/i.test(name) || /[a-z](At|Date|Timestamp)$/.test(name)
            ? "date-time"
            : "");
  switch (kind) {
    case "email":
      return `${slug(singular(name)).replace(/^e-?mail$/, "team")}.${word.toLowerCase()}@example.com`;
    case "uri":
    case "url":
    case "iri":
    case "uri-reference":
      return `https://example.com/${slug(name)}/${n}`;
    case "uuid":
      return uuid(at);
    case "id":
      return `${slug(name.replace(/_?id$/i, "") || "item")}_${at.roll("id").toString(36)}`;
    case "date-time":
      return dateTime(at);
    case "date":
      return dateTime(at).slice(0, 10);
    case "time":
      return dateTime(at).slice(11, 19);
    case "ipv4":
      return `192.0.2.${1 + (at.roll() % 254)}`;
    case "ipv6":
      return `2001:db8::${(at.roll() % 0xffff).toString(16)}`;
    case "hostname":
      return `${slug(name)}.example.com`;
    case "duration":
      return `PT${n}M`;
    case "emoji":
      return "🪸";
    case "hex":
      return at.roll("hex").toString(16);
    case "base64":
      return Buffer.from(`${words(name)} ${n}`).toString("base64");
    // An unsigned, obviously fake token: header {"alg":"HS256","typ":"JWT"}, payload {"sub":"offline"}.
    case "jwt":
      return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvZmZsaW5lIn0.b2ZmbGluZS1zaWduYXR1cmU";
  }
  if (/description|summary|text|content|body|message|note|comment|reason|answer|explanation|detail/.test(key)) {
    return `${capital(words(name))}${at.topic ? ` for ${at.topic}` : ""} (offline draft ${n}).`;
  }
  if (/name|title|label|heading|subject/.test(key)) return `${word} ${words(name)}`;
  return `${words(name)} ${n}`;
}

export function stringFor(s: TStringSchema, at: TStringAt): string {
  let text = textFor(s.format, at);
  if (s.minLength !== undefined && text.length < s.minLength) text = text.padEnd(s.minLength, ` ${words(at.name) || "text"}`);
  if (s.maxLength !== undefined && text.length > s.maxLength)
    text = text
      .slice(0, s.maxLength)
      .trimEnd()
      .padEnd(Math.min(s.minLength ?? 0, s.maxLength), "x");
  const patterns = patternsOf(s);
  if (patterns.every((p) => matches(p, text))) return text;
  // Each pattern's own sample, then all of them run together (e.g. ^abc.* and .*xyz$ → "abcxyz").
  const samples = patterns.map(sample);
  return [...samples, samples.join("")].find((c) => patterns.every((p) => matches(p, c))) ?? samples[0]!;
}

function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return true; // a pattern we cannot compile cannot be honoured either
  }
}

/** Best effort: the shortest string a simple regex accepts (first alternative, minimum repeats, first char of each class). */
function sample(pattern: string): string {
  let i = 0;
  const classes: Record<string, string> = { d: "0", w: "a", s: " ", D: "a", W: "-", S: "a", b: "", B: "" };
  const escape = (c: string) => classes[c] ?? c;
  const atom = (): string => {
    const c = pattern[i++]!;
    if (c === "^" || c === "$") return "";
    if (c === ".") return "a";
    if (c === "\\") return escape(pattern[i++] ?? "");
    if (c === "[") {
      const negated = pattern[i] === "^";
      if (negated) i++;
      let first = "";
      while (i < pattern.length && pattern[i] !== "]") {
        const ch = pattern[i++] === "\\" ? escape(pattern[i++] ?? "") : pattern[i - 1]!;
        first ||= ch;
      }
      i++;
      return negated ? (first === "a" ? "b" : "a") : first;
    }
    if (c === "(") {
      const look = /^\?[=!]|^\?<[=!]/.exec(pattern.slice(i));
      if (pattern[i] === "?") i += pattern[i + 1] === "<" && !look ? pattern.indexOf(">", i) - i + 1 : look ? look[0].length : 2;
      const inner = alternation();
      i++;
      return look ? "" : inner;
    }
    return c;
  };
  const repeats = (): number => {
    const q = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/.exec(pattern.slice(i));
    if (!q) return 1;
    i += q[0].length;
    return q[2] !== undefined ? Number(q[2]) : q[1] === "+" ? 1 : 0;
  };
  const sequence = (): string => {
    let out = "";
    while (i < pattern.length && pattern[i] !== ")" && pattern[i] !== "|") {
      const piece = atom();
      out += piece.repeat(repeats());
    }
    return out;
  };
  const alternation = (): string => {
    const first = sequence();
    while (pattern[i] === "|") {
      i++;
      sequence();
    }
    return first;
  };
  return alternation();
}
