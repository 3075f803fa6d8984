// Path globs as `.coral.yml` writes them (`ignore`, `instructions[].path`),
// compiled once with picomatch. Semantics people know from .gitignore: a
// pattern without a slash matches the file name at any depth (`*.snap`), a
// trailing slash means everything under a folder (`docs/`), a leading slash
// only anchors at the repository root. Patterns picomatch would silently
// compile to "never matches" (unbalanced brackets or braces) are errors here.
import picomatch from "picomatch";

export type TGlobMatcher = { pattern: string; matches: (path: string) => boolean };
export type TCompileGlobResult = { ok: true; matcher: TGlobMatcher } | { ok: false; message: string };

const MAX_GLOB_CHARS = 500;

export function compileGlob(pattern: string): TCompileGlobResult {
  const trimmed = pattern.trim();
  if (!trimmed) return { ok: false, message: "is empty" };
  if (trimmed.length > MAX_GLOB_CHARS) return { ok: false, message: `is longer than ${MAX_GLOB_CHARS} characters` };
  if (trimmed.startsWith("!")) return { ok: false, message: `"${trimmed}": negated patterns are not supported; list what to match instead` };
  let normalised = trimmed.replace(/^\.\//, "").replace(/^\/+/, "");
  if (normalised.endsWith("/")) normalised += "**";
  if (!normalised) return { ok: false, message: `"${trimmed}" matches nothing` };
  // picomatch's `basename` applies to every pattern, so it is only set for the slash-less ones.
  const options = { dot: true, basename: !normalised.includes("/"), strictBrackets: true };
  try {
    const re = picomatch.makeRe(normalised, options);
    if (re.source === "$^") return { ok: false, message: `"${trimmed}" is not a valid glob` };
    const test = picomatch(normalised, options);
    return { ok: true, matcher: { pattern: trimmed, matches: (path) => test(path) } };
  } catch (error) {
    return { ok: false, message: `"${trimmed}" is not a valid glob: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The valid patterns of a list; invalid ones are skipped (configuration parsing reports them). */
export function compileGlobs(patterns: readonly string[]): TGlobMatcher[] {
  return patterns.flatMap((p) => {
    const compiled = compileGlob(p);
    return compiled.ok ? [compiled.matcher] : [];
  });
}
