// Path arguments of filesystem-like tools, checked against the run's sandbox
// before the call leaves the app. Anything ambiguous is refused rather than
// guessed at: encoded traversal (decoded until stable), control and format
// characters, Unicode look-alikes of "." "/" "\", "~", drive letters, and
// symlinks (resolved on the longest existing prefix) that lead outside.
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";

/** Argument keys that hold paths, compared lowercased without "_" and "-" (file_path = filePath = filepath). */
const pathKeys = new Set([
  "path", "paths", "source", "sources", "destination", "destinations", "file", "files", "filepath", "filepaths", "filename",
  "dir", "dirs", "directory", "directories", "dirpath", "directorypath", "cwd", "src", "dest", "sourcepath", "destinationpath", "targetpath",
]);

export function isPathKey(key: string): boolean {
  return pathKeys.has(key.toLowerCase().replace(/[_-]/g, ""));
}

export type TPathArgument = { at: string; value: unknown };

/**
 * A copy of `args` with every value under a path-like key (at any depth, arrays
 * expanded) replaced by `replace(at, value)`; `at` reads like "paths[1]".
 */
export function mapPathArguments(args: unknown, replace: (at: string, value: unknown) => unknown): unknown {
  const walk = (value: unknown, at: string, underPathKey: boolean, depth: number): unknown => {
    // Deeper than any real tool's arguments: handed to `replace`, which refuses it.
    if (depth > 32) return replace(at, undefined);
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${at}[${i}]`, underPathKey, depth + 1));
    if (value !== null && typeof value === "object") {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = walk(item, at ? `${at}.${key}` : key, isPathKey(key), depth + 1);
      return copy;
    }
    return underPathKey && value !== undefined && value !== null ? replace(at, value) : value;
  };
  return walk(args, "", false, 0);
}

/** Every value under a path-like key, with where it was found. */
export function findPathArguments(args: unknown): TPathArgument[] {
  const found: TPathArgument[] = [];
  mapPathArguments(args, (at, value) => {
    found.push({ at, value });
    return value;
  });
  return found;
}

export type TPathCheck = { ok: true; relative: string; absolute: string } | { ok: false; reason: string };

const MAX_PATH_LENGTH = 4_096;
const MAX_DECODE_ROUNDS = 8;

// Characters that render as, or fold to, a dot or a slash. NFKC folds most of
// them (checked below); these do not fold and are listed by hand.
const lookalikes = /[\u2024\u2025\u2026\uFE52\uFF0E\uFF61\u3002\u2215\u2044\u2571\u2572\u29F8\u29F9\u2216\uFE68\uFF0F\uFF3C\u0338\u1735]/u;
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // Not valid UTF-8 percent-encoding as a whole ("100%", "%e9"): still decode the ASCII escapes.
    return value.replace(/%([0-7][0-9a-fA-F])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

function refusal(reason: string): TPathCheck {
  return { ok: false, reason };
}

const within = (candidate: string, root: string) => candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/** The path as a root-relative POSIX path (and absolute real path), or why it is refused. */
export async function resolveSandboxPath(raw: unknown, sandboxRoot: string): Promise<TPathCheck> {
  if (typeof raw !== "string") return refusal("is not a string");
  if (raw.length === 0) return refusal("is empty");
  if (raw.length > MAX_PATH_LENGTH) return refusal(`is longer than ${MAX_PATH_LENGTH} characters`);

  let value = raw;
  for (let round = 0; ; round++) {
    if (round === MAX_DECODE_ROUNDS) return refusal("is percent-encoded too many times");
    const decoded = decodeOnce(value);
    if (decoded === value) break;
    value = decoded;
  }
  if (value.includes("\0")) return refusal("contains a NUL byte");
  if (invisible.test(value)) return refusal("contains a control or invisible character");
  value = value.normalize("NFC");
  for (const char of value) {
    if (char.codePointAt(0)! > 0x7f && (lookalikes.test(char) || /[./\\]/.test(char.normalize("NFKC")))) {
      return refusal(`contains "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}), which looks like a dot or a slash`);
    }
  }
  if (value.startsWith("~")) return refusal("starts with ~ (home directories are outside the sandbox)");
  value = value.replaceAll("\\", "/");
  if (/^[A-Za-z]:/.test(value)) return refusal("has a drive letter");

  const rootLexical = path.resolve(sandboxRoot);
  let rootReal: string;
  try {
    rootReal = await realpath(rootLexical);
  } catch {
    return refusal("cannot be checked: the sandbox directory does not exist");
  }

  let relative: string;
  if (path.posix.isAbsolute(value)) {
    const absolute = path.posix.resolve(value);
    // The model may name the root as configured or as its real path (/tmp vs /private/tmp).
    const base = [rootReal, rootLexical].find((root) => within(absolute, root));
    if (!base) return refusal("is outside the sandbox");
    relative = path.relative(base, absolute);
  } else {
    const absolute = path.resolve(rootReal, value);
    if (!within(absolute, rootReal)) return refusal("leaves the sandbox");
    relative = path.relative(rootReal, absolute);
  }

  // Resolve symlinks on the longest prefix that exists; the rest cannot be links yet.
  let existing = path.join(rootReal, relative);
  const rest: string[] = [];
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") return refusal("goes through a broken or looping symlink");
      if (code !== "ENOENT" && code !== "ENOTDIR") return refusal(`cannot be checked (${code})`);
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
  }
  let real: string;
  try {
    real = await realpath(existing);
  } catch {
    return refusal("goes through a broken or looping symlink");
  }
  const absolute = path.join(real, ...rest);
  if (!within(absolute, rootReal)) return refusal("leads outside the sandbox through a symlink");
  return { ok: true, relative: path.relative(rootReal, absolute).split(path.sep).join("/") || ".", absolute };
}
