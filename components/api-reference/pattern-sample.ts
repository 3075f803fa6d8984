// A string that matches a JSON Schema `pattern`, for example values: the
// caller's readable candidates first (`example_agent`), else one built from
// the regular expression itself (`openai:example` for
// `^(openai|anthropic):\S+$`). Handles what API patterns use — anchors,
// literals, classes, escapes, groups, alternation, quantifiers — and gives up
// (undefined) on anything else, such as backreferences.

const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-.:@/ ";
const WORD = "example";

function compile(source: string): RegExp | undefined {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(source, flags);
    } catch {
      // Not valid with this flag; try the next.
    }
  }
  return undefined;
}

class Unsupported extends Error {}

/** Generates the shortest readable match of a regular expression's source. */
class Generator {
  private at = 0;
  constructor(private readonly source: string) {}

  run(): string {
    const out = this.alternation();
    if (this.at < this.source.length) throw new Unsupported("unbalanced");
    return out;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): string {
    const first = this.sequence();
    while (this.peek() === "|") {
      this.at++;
      this.sequence(); // Later alternatives are parsed, not used: the first one is the example.
    }
    return first;
  }

  private sequence(): string {
    let out = "";
    while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      out += this.quantified(atom);
    }
    return out;
  }

  /** An atom: its text, and the single-character test when it is one character wide (for `+` on a class). */
  private atom(): { text: string; accepts?: (c: string) => boolean } {
    const c = this.source[this.at++]!;
    if (c === "^" || c === "$") return { text: "" };
    if (c === ".") return { text: "a", accepts: (x) => x !== "\n" };
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if ("*+?{".includes(c)) throw new Unsupported("dangling quantifier");
    return { text: c };
  }

  private group(): { text: string } {
    let lookaround = false;
    if (this.peek() === "?") {
      const next = this.source[this.at + 1];
      if (next === ":") this.at += 2;
      else if (next === "=" || next === "!") {
        this.at += 2;
        lookaround = true;
      } else if (next === "<" && (this.source[this.at + 2] === "=" || this.source[this.at + 2] === "!")) {
        this.at += 3;
        lookaround = true;
      } else if (next === "<") {
        const end = this.source.indexOf(">", this.at);
        if (end < 0) throw new Unsupported("group name");
        this.at = end + 1;
      } else throw new Unsupported("group flag");
    }
    const text = this.alternation();
    if (this.source[this.at++] !== ")") throw new Unsupported("unclosed group");
    return { text: lookaround ? "" : text };
  }

  private single(source: string): { text: string; accepts: (c: string) => boolean } {
    const test = compile(`^${source}$`);
    if (!test) throw new Unsupported(source);
    const accepts = (x: string) => test.test(x);
    const pick = [...CHARS].find(accepts);
    if (pick === undefined) throw new Unsupported(source);
    return { text: pick, accepts };
  }

  private charClass(): { text: string; accepts: (c: string) => boolean } {
    const start = this.at - 1;
    let i = this.at;
    if (this.source[i] === "^") i++;
    if (this.source[i] === "]") i++;
    for (; i < this.source.length && this.source[i] !== "]"; i++) if (this.source[i] === "\\") i++;
    if (i >= this.source.length) throw new Unsupported("unclosed class");
    this.at = i + 1;
    return this.single(this.source.slice(start, this.at));
  }

  private escape(): { text: string; accepts?: (c: string) => boolean } {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (c === "b" || c === "B") return { text: "" };
    if (/[1-9k]/.test(c)) throw new Unsupported("backreference");
    if (c === "u" || c === "x" || c === "p" || c === "P") {
      const match = /^(\{[^}]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
      if (!match) throw new Unsupported("escape");
      this.at += match[0].length;
      return this.single(`\\${c}${match[0]}`);
    }
    if (/[dDwWsS]/.test(c)) return this.single(`\\${c}`);
    const control: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };
    return { text: control[c] ?? c };
  }

  private quantified(atom: { text: string; accepts?: (c: string) => boolean }): string {
    const q = this.peek();
    let min = 1;
    let repeatable = false;
    if (q === "*" || q === "+" || q === "?") {
      this.at++;
      min = q === "+" ? 1 : 0;
      repeatable = q !== "?";
    } else if (q === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return atom.text;
      this.at += match[0].length;
      min = Number(match[1]);
      repeatable = match[2] !== undefined;
    } else {
      return atom.text;
    }
    if (this.peek() === "?" || this.peek() === "+") this.at++;
    // `\S+` reads better as a word than as a single letter.
    if (repeatable && min === 1 && atom.accepts && [...WORD].every(atom.accepts)) return WORD;
    return atom.text.repeat(min);
  }
}

/** A string matching `pattern` (and the length limits), or undefined when none could be found. */
export function sampleForPattern(pattern: string, candidates: string[] = [], limits: { minLength?: number; maxLength?: number } = {}): string | undefined {
  const regex = compile(pattern);
  if (!regex) return undefined;
  const fits = (value: string) => regex.test(value) && value.length >= (limits.minLength ?? 0) && value.length <= (limits.maxLength ?? Infinity);
  const readable = candidates.find(fits);
  if (readable !== undefined) return readable;
  try {
    const generated = new Generator(pattern).run();
    return fits(generated) ? generated : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
