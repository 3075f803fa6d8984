import { diffLines } from "diff";
import { describe, expect, it } from "vitest";

import { foldUnchanged, linesOf } from "./diff-lines";

/** The parts the server sends (server/services/custom-agents/diff-agent-versions.ts). */
function parts(a: string, b: string) {
  return diffLines(a, b).map((p) => ({ kind: p.added ? ("added" as const) : p.removed ? ("removed" as const) : ("same" as const), text: p.value }));
}

describe("linesOf", () => {
  it("numbers old and new lines and shows appended text as added, not the last line as replaced", () => {
    const lines = linesOf(parts("one\ntwo", "one\ntwo\n\nthree"));
    expect(lines).toEqual([
      { kind: "same", text: "one", oldNo: 1, newNo: 1 },
      { kind: "same", text: "two", oldNo: 2, newNo: 2 },
      { kind: "added", text: "", oldNo: null, newNo: 3 },
      { kind: "added", text: "three", oldNo: null, newNo: 4 },
    ]);
  });

  it("keeps a real replacement as removed then added", () => {
    const lines = linesOf(parts("modelTier: balanced\ntools: {}\n", "modelTier: deep\ntools: {}\n"));
    expect(lines.map((l) => [l.kind, l.text, l.oldNo, l.newNo])).toEqual([
      ["removed", "modelTier: balanced", 1, null],
      ["added", "modelTier: deep", null, 1],
      ["same", "tools: {}", 2, 2],
    ]);
  });
});

describe("foldUnchanged", () => {
  it("folds long unchanged runs but keeps three lines of context around a change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const after = [...before.slice(0, 10), "inserted", ...before.slice(10)];
    const rows = foldUnchanged(linesOf(parts(before.join("\n"), after.join("\n"))));
    const shape = rows.map((r) => (r.type === "fold" ? `fold:${r.lines.length}` : `${r.line.kind}:${r.line.text}`));
    expect(shape).toEqual([
      "fold:7",
      "same:line 8",
      "same:line 9",
      "same:line 10",
      "added:inserted",
      "same:line 11",
      "same:line 12",
      "same:line 13",
      "fold:7",
    ]);
  });

  it("does not fold a run that would hide a single line", () => {
    const four = foldUnchanged(linesOf(parts("a\nb\nc\nd\nx", "a\nb\nc\nd\ny")));
    expect(four.map((r) => r.type)).toEqual(["line", "line", "line", "line", "line", "line"]);
    const five = foldUnchanged(linesOf(parts("a\nb\nc\nd\ne\nx", "a\nb\nc\nd\ne\ny")));
    expect(five.map((r) => (r.type === "fold" ? r.lines.map((l) => l.text).join("") : r.line.text))).toEqual(["ab", "c", "d", "e", "x", "y"]);
  });
});
