// A repository's `.coral.yml`: which extra agents review, what to ignore,
// per-path instructions and how loud the review may be. Read leniently — a
// typo in one key is reported (with its key path) and that key falls back to
// its default, while every valid key still applies. Never throws: a broken
// config file must not stop the review that will tell the author about it.
import { LineCounter, parseDocument } from "yaml";
import { compileGlob } from "./globs";
import { SEVERITY_THRESHOLDS, type TSeverityThreshold } from "./types";

export type TPathInstruction = { path: string; text: string };

export type TCoralConfig = {
  /** Agent ids reviewing in addition to DEFAULT_REVIEW_AGENTS. */
  agents: string[];
  ignore: string[];
  instructions: TPathInstruction[];
  maxComments: number;
  severityThreshold: TSeverityThreshold;
  /** Review draft pull requests too. */
  drafts: boolean;
  /** Files with more changed lines are skipped as too large. */
  maxFileChanges: number;
  /** A blocking review fails the check run (otherwise it is neutral). */
  failOnBlocking: boolean;
};

export type TParseCoralConfigResult = { config: TCoralConfig; errors: string[] };

export const CORAL_CONFIG_FILENAME = ".coral.yml";
export const DEFAULT_REVIEW_AGENTS: readonly string[] = ["code_reviewer", "security_specialist"];
export const MAX_COMMENTS_LIMIT = 50;
// Every extra agent is another model call on every push.
export const MAX_EXTRA_AGENTS = 8;
export const MAX_INSTRUCTIONS = 20;
export const MAX_INSTRUCTION_CHARS = 1_000;
const MAX_CONFIG_CHARS = 64_000;

export const DEFAULT_CORAL_CONFIG: Readonly<TCoralConfig> = Object.freeze({
  agents: [],
  ignore: [],
  instructions: [],
  maxComments: 15,
  severityThreshold: "minor",
  drafts: false,
  maxFileChanges: 2_000,
  failOnBlocking: false,
});

const KEYS = ["agents", "ignore", "instructions", "max_comments", "severity_threshold", "drafts", "max_file_changes", "fail_on_blocking"] as const;
type TKey = (typeof KEYS)[number];

const describe = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
};

function closestKey(key: string): TKey | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const normalised = key.toLowerCase().replaceAll("-", "_");
  let best: { key: TKey; d: number } | undefined;
  for (const k of KEYS) {
    const d = distance(normalised, k);
    if (d <= 3 && (!best || d < best.d)) best = { key: k, d };
  }
  return best?.key;
}

function readYaml(text: string, errors: string[]): unknown {
  if (text.length > MAX_CONFIG_CHARS) {
    errors.push(`${CORAL_CONFIG_FILENAME} is ${text.length} characters; at most ${MAX_CONFIG_CHARS} are read, so it was ignored`);
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors.slice(0, 5)) {
      const at = lineCounter.linePos(e.pos[0]);
      errors.push(`${CORAL_CONFIG_FILENAME} is not valid YAML (line ${at.line}, column ${at.col}): ${e.message.split("\n")[0]}`);
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: 20 }) as unknown;
  } catch (error) {
    errors.push(`${CORAL_CONFIG_FILENAME} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Calls `each` for every non-empty string of a list, in order, reporting other entries where they are. */
function forEachString(key: string, value: unknown, errors: string[], each: (index: number, item: string) => void): void {
  if (!Array.isArray(value)) {
    errors.push(`${key}: expected a list, got ${describe(value)}`);
    return;
  }
  value.forEach((item: unknown, index) => {
    if (typeof item === "string" && item.trim()) each(index, item.trim());
    else errors.push(`${key}[${index}]: expected a non-empty string, got ${describe(item)}`);
  });
}

function readAgents(value: unknown, knownAgents: ReadonlySet<string>, errors: string[]): string[] {
  const agents: string[] = [];
  forEachString("agents", value, errors, (index, id) => {
    if (DEFAULT_REVIEW_AGENTS.includes(id) || agents.includes(id)) return;
    if (!knownAgents.has(id)) errors.push(`agents[${index}]: unknown agent "${id}"`);
    else if (agents.length >= MAX_EXTRA_AGENTS) errors.push(`agents[${index}]: at most ${MAX_EXTRA_AGENTS} extra agents review; "${id}" was left out`);
    else agents.push(id);
  });
  return agents;
}

function readIgnore(value: unknown, errors: string[]): string[] {
  const globs: string[] = [];
  forEachString("ignore", value, errors, (index, glob) => {
    const compiled = compileGlob(glob);
    if (compiled.ok) globs.push(glob);
    else errors.push(`ignore[${index}]: ${compiled.message}`);
  });
  return globs;
}

function readInstructions(value: unknown, errors: string[]): TPathInstruction[] {
  if (!Array.isArray(value)) {
    errors.push(`instructions: expected a list of { path, text }, got ${describe(value)}`);
    return [];
  }
  const instructions: TPathInstruction[] = [];
  value.forEach((item: unknown, index) => {
    const at = `instructions[${index}]`;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      errors.push(`${at}: expected a mapping with path and text, got ${describe(item)}`);
      return;
    }
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (key !== "path" && key !== "text") errors.push(`${at}.${key}: unknown key (expected path and text)`);
    const { path, text } = entry;
    let ok = true;
    if (typeof path !== "string" || !path.trim()) {
      errors.push(`${at}.path: expected a glob, got ${describe(path)}`);
      ok = false;
    } else {
      const compiled = compileGlob(path);
      if (!compiled.ok) {
        errors.push(`${at}.path: ${compiled.message}`);
        ok = false;
      }
    }
    if (typeof text !== "string" || !text.trim()) {
      errors.push(`${at}.text: expected text, got ${describe(text)}`);
      ok = false;
    }
    if (!ok || typeof path !== "string" || typeof text !== "string") return;
    if (instructions.length >= MAX_INSTRUCTIONS) {
      errors.push(`${at}: at most ${MAX_INSTRUCTIONS} instructions are used; this one was left out`);
      return;
    }
    let body = text.trim();
    if (body.length > MAX_INSTRUCTION_CHARS) {
      errors.push(`${at}.text: ${body.length} characters, cut to ${MAX_INSTRUCTION_CHARS}`);
      body = body.slice(0, MAX_INSTRUCTION_CHARS);
    }
    instructions.push({ path: path.trim(), text: body });
  });
  return instructions;
}

function readInteger(key: string, value: unknown, min: number, max: number, fallback: number, errors: string[]): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  errors.push(`${key}: expected a whole number from ${min} to ${max}, got ${describe(value)}; using ${fallback}`);
  return fallback;
}

function readBoolean(key: string, value: unknown, fallback: boolean, errors: string[]): boolean {
  if (typeof value === "boolean") return value;
  errors.push(`${key}: expected true or false, got ${describe(value)}; using ${fallback}`);
  return fallback;
}

function readThreshold(value: unknown, errors: string[]): TSeverityThreshold {
  const word = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = SEVERITY_THRESHOLDS.find((s) => s === word);
  if (found) return found;
  errors.push(`severity_threshold: expected one of ${SEVERITY_THRESHOLDS.join(", ")}, got ${describe(value)}; using ${DEFAULT_CORAL_CONFIG.severityThreshold}`);
  return DEFAULT_CORAL_CONFIG.severityThreshold;
}

/**
 * Parse `.coral.yml` text (undefined or empty = no file: all defaults, no
 * errors). `knownAgents` is the catalogue agent ids may be chosen from.
 */
export function parseCoralConfig(text: string | undefined, knownAgents: ReadonlySet<string>): TParseCoralConfigResult {
  const errors: string[] = [];
  const config: TCoralConfig = { ...DEFAULT_CORAL_CONFIG, agents: [], ignore: [], instructions: [] };
  if (text === undefined || !text.trim()) return { config, errors };

  const data = readYaml(text, errors);
  if (data === undefined || data === null) return { config, errors };
  if (typeof data !== "object" || Array.isArray(data)) {
    errors.push(`${CORAL_CONFIG_FILENAME} must be a mapping of settings (agents, ignore, …), got ${describe(data)}`);
    return { config, errors };
  }

  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const hint = closestKey(key);
      errors.push(`${key}: unknown key${hint ? ` (did you mean ${hint}?)` : ""}; known keys are ${KEYS.join(", ")}`);
      continue;
    }
    // An empty key (`ignore:`) means "nothing set", not an error.
    if (value === null) continue;
    switch (key as TKey) {
      case "agents":
        config.agents = readAgents(value, knownAgents, errors);
        break;
      case "ignore":
        config.ignore = readIgnore(value, errors);
        break;
      case "instructions":
        config.instructions = readInstructions(value, errors);
        break;
      case "max_comments":
        config.maxComments = readInteger(key, value, 0, MAX_COMMENTS_LIMIT, DEFAULT_CORAL_CONFIG.maxComments, errors);
        break;
      case "severity_threshold":
        config.severityThreshold = readThreshold(value, errors);
        break;
      case "drafts":
        config.drafts = readBoolean(key, value, DEFAULT_CORAL_CONFIG.drafts, errors);
        break;
      case "max_file_changes":
        config.maxFileChanges = readInteger(key, value, 1, 100_000, DEFAULT_CORAL_CONFIG.maxFileChanges, errors);
        break;
      case "fail_on_blocking":
        config.failOnBlocking = readBoolean(key, value, DEFAULT_CORAL_CONFIG.failOnBlocking, errors);
        break;
    }
  }
  return { config, errors };
}

/** Every agent that reviews under this config: the defaults first, then the config's own. */
export function reviewAgentIds(config: Pick<TCoralConfig, "agents">): string[] {
  return [...new Set([...DEFAULT_REVIEW_AGENTS, ...config.agents])];
}
