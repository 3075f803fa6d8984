import { describe, expect, it } from "vitest";
import { countTokens } from "@/server/agents/token-count";
import { chunkDiff } from "./chunk-diff";
import type { TPullFile } from "./types";

/** A hunk replacing one line and adding `added` lines of plausible TypeScript at `start`. */
function hunk(start: number, added: number, tag = "value"): string {
  const body = Array.from({ length: added }, (_, i) => `+  const ${tag}${i} = await compute("${tag}-${i}", { retries: ${i % 5}, timeoutMs: ${1000 + i} });`);
  return [
    `@@ -${start},4 +${start},${3 + added} @@ export async function handler${start}(req: Request) {`,
    "   const body = await req.json();",
    "-  const id = body.id;",
    ...body,
    "   const row = await db.find(id);",
    "   return row;",
  ].join("\n");
}

function file(filename: string, hunks: string[], status: TPullFile["status"] = "modified"): TPullFile {
  const patch = hunks.join("\n");
  const additions = patch.split("\n").filter((l) => l.startsWith("+")).length;
  const deletions = patch.split("\n").filter((l) => l.startsWith("-")).length;
  return { filename, status, additions, deletions, changes: additions + deletions, patch };
}

describe("chunkDiff", () => {
  it("puts small files in one chunk, in path order, each under a header", () => {
    const files = [file("server/b.ts", [hunk(10, 1)]), file("server/a.ts", [hunk(1, 2)]), { ...file("server/c.ts", [hunk(5, 1)]), status: "renamed" as const, previousFilename: "server/old-c.ts" }];
    const { chunks, truncated } = chunkDiff(files, { budgetTokens: 12_000 });
    expect(truncated).toEqual([]);
    expect(chunks).toHaveLength(1);
    const [chunk] = chunks;
    expect(chunk!.files).toEqual(["server/a.ts", "server/b.ts", "server/c.ts"]);
    expect(chunk!.tokens).toBe(countTokens(chunk!.text));
    expect(chunk!.text.startsWith("### server/a.ts (modified, +2 −1)\n```diff\n@@ -1,4 +1,5 @@")).toBe(true);
    expect(chunk!.text).toContain("### server/b.ts (modified, +1 −1)\n```diff\n");
    expect(chunk!.text).toContain("### server/c.ts (renamed from server/old-c.ts, +1 −1)\n");
    expect(chunk!.text.indexOf("server/a.ts")).toBeLessThan(chunk!.text.indexOf("server/b.ts"));
  });

  it("packs many files into chunks within the budget, each file exactly once, in path order", () => {
    const files = Array.from({ length: 40 }, (_, i) => file(`src/module-${String(i).padStart(2, "0")}.ts`, [hunk(1 + i, 4 + (i % 7))])).reverse();
    const budget = 1_500;
    const { chunks, truncated } = chunkDiff(files, { budgetTokens: budget });
    expect(truncated).toEqual([]);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(budget);
      expect(c.tokens).toBe(countTokens(c.text));
    }
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    const listed = chunks.flatMap((c) => c.files);
    expect(listed).toEqual([...files.map((f) => f.filename)].sort());
  });

  it("splits a file larger than the budget at hunk boundaries into numbered parts", () => {
    const big = file("server/engine/scheduler.ts", [hunk(10, 25, "a"), hunk(100, 25, "b"), hunk(200, 25, "c"), hunk(300, 25, "d"), hunk(400, 25, "e")]);
    const { chunks, truncated } = chunkDiff([big, file("server/zeta.ts", [hunk(1, 1)])], { budgetTokens: 1_200 });
    expect(truncated).toEqual([]);
    const parts = chunks.flatMap((c) => [...c.text.matchAll(/^### server\/engine\/scheduler\.ts \(part (\d+)\/(\d+)\) \(modified, \+125 −5\)$/gm)]);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((m) => Number(m[1]))).toEqual(parts.map((_, i) => i + 1));
    expect(new Set(parts.map((m) => m[2]))).toEqual(new Set([String(parts.length)]));
    // Every hunk shown exactly once and whole.
    const all = chunks.map((c) => c.text).join("\n");
    for (const start of [10, 100, 200, 300, 400]) expect(all.split(`@@ -${start},4 +${start},28 @@`)).toHaveLength(2);
    for (const tag of ["a", "b", "c", "d", "e"]) expect(all).toContain(`const ${tag}24 = await compute`);
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(1_200);
  });

  it("truncates a single hunk larger than the budget at a line boundary and reports the lines not shown", () => {
    const huge = file("server/data/countries.ts", [hunk(1, 3_000, "country")], "added");
    const budget = 2_000;
    const { chunks, truncated } = chunkDiff([huge], { budgetTokens: budget });
    expect(chunks).toHaveLength(1);
    const text = chunks[0]!.text;
    expect(chunks[0]!.tokens).toBeLessThanOrEqual(budget);
    expect(truncated).toHaveLength(1);
    const [entry] = truncated;
    expect(entry!.path).toBe("server/data/countries.ts");
    // New line 1 is context, so added line i is new line i + 2; the hunk ends at new line 3,003.
    const lastShown = Math.max(...[...text.matchAll(/const country(\d+) =/g)].map((m) => Number(m[1])));
    expect(entry!.omitted).toEqual([{ side: "new", from: lastShown + 3, to: 3_003 }]);
    expect(entry!.reason).toBe(`hunk @@ -1,4 +1,3003 @@ is larger than the 2,000-token budget; not shown: new lines ${lastShown + 3}–3003.`);
    expect(text).toContain(`[Truncated: hunk @@ -1,4 +1,3003 @@ is larger than the 2,000-token budget; not shown: new lines ${lastShown + 3}–3003.]`);
    // Cut at a line boundary: the last shown line is complete, the next one absent.
    expect(text).toContain(`+  const country${lastShown} = await compute("country-${lastShown}", { retries: ${lastShown % 5}, timeoutMs: ${1000 + lastShown} });\n`);
    expect(text).not.toContain(`const country${lastShown + 1} =`);
    expect(lastShown).toBeGreaterThan(20);
  });

  it("adds each matching .coral.yml instruction once per chunk, and only where it applies", () => {
    const files = [file("server/api/users.ts", [hunk(1, 2)]), file("server/api/teams.ts", [hunk(1, 2)]), file("web/page.tsx", [hunk(1, 2)])];
    const instructions = [
      { path: "server/api/**", text: "Every handler validates input with zod." },
      { path: "*.tsx", text: "Components must be accessible." },
      { path: "mobile/**", text: "Never shown." },
    ];
    const { chunks } = chunkDiff(files, { budgetTokens: 12_000, instructions });
    expect(chunks).toHaveLength(1);
    const text = chunks[0]!.text;
    expect(text.startsWith("Instructions from .coral.yml for files in this chunk:\n- For server/api/**: Every handler validates input with zod.\n- For *.tsx: Components must be accessible.\n\n### ")).toBe(true);
    expect(text.split("Every handler validates")).toHaveLength(2);
    expect(text).not.toContain("Never shown");
    const without = chunkDiff([file("docs/readme.ts", [hunk(1, 1)])], { budgetTokens: 12_000, instructions });
    expect(without.chunks[0]!.text).not.toContain("Instructions from .coral.yml");
  });

  it("is deterministic whatever order the files come in", () => {
    const files = Array.from({ length: 12 }, (_, i) => file(`lib/f${i}.ts`, [hunk(1, 3 + i)]));
    const a = chunkDiff(files, { budgetTokens: 800 });
    const b = chunkDiff([...files].reverse(), { budgetTokens: 800 });
    expect(b).toEqual(a);
  });

  it("refuses a budget too small to hold a file header and a few lines", () => {
    expect(() => chunkDiff([], { budgetTokens: 100 })).toThrow(RangeError);
    expect(chunkDiff([], { budgetTokens: 1_000 })).toEqual({ chunks: [], truncated: [] });
  });
});
