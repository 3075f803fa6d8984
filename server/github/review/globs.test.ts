import { describe, expect, it } from "vitest";
import { compileGlob, compileGlobs } from "./globs";

const matches = (pattern: string, path: string) => {
  const compiled = compileGlob(pattern);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.matcher.matches(path);
};

describe("compileGlob", () => {
  it.each([
    ["docs/**", "docs/guide/setup.md", true],
    ["docs/**", "src/docs.ts", false],
    ["docs/", "docs/a/b.md", true],
    ["/docs/**", "docs/a.md", true],
    ["./docs/**", "docs/a.md", true],
    ["*.snap", "src/__snapshots__/button.test.ts.snap", true],
    ["*.snap", "snap.ts", false],
    ["src/**/*.{ts,tsx}", "src/components/button.tsx", true],
    ["src/*.ts", "src/a/b.ts", false],
    [".github/**", ".github/workflows/ci.yml", true],
    ["**/fixtures/**", "server/github/fixtures/push.json", true],
  ])("%s against %s → %s", (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it.each([
    ["", "is empty"],
    ["   ", "is empty"],
    ["src/[abc", 'Missing closing: "]"'],
    ["{a,b", 'Missing closing: "}"'],
    ["[z-a]", "is not a valid glob"],
    ["!docs/**", "negated patterns are not supported"],
    ["/", "matches nothing"],
  ])("rejects %j (%s)", (pattern, message) => {
    const compiled = compileGlob(pattern);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.message).toContain(message);
  });

  it("keeps only the valid patterns of a list", () => {
    expect(compileGlobs(["docs/**", "src/[abc", "*.md"]).map((g) => g.pattern)).toEqual(["docs/**", "*.md"]);
  });
});
