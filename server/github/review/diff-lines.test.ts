import { describe, expect, it } from "vitest";
import { hunkContaining, hunkNewEnd, parseHunkHeader, parsePatch } from "./diff-lines";

// Two hunks of a real-looking TypeScript change, exactly as GitHub's `patch` field carries it.
const handlerPatch = [
  "@@ -10,5 +10,6 @@ export async function handler(req: Request) {",
  "   const body = await req.json();",
  "-  const id = body.id;",
  "+  const id = ZId.parse(body.id);",
  "+  if (!id) throw new AppError(\"INVALID_INPUT\");",
  "   const row = await db.find(id);",
  "   return row;",
  " }",
  "@@ -40,3 +41,4 @@ function helper() {",
  "   let total = 0;",
  "+  total += 1;",
  "   return total;",
  " }",
].join("\n");

describe("parsePatch", () => {
  it("reads hunks, right-side line numbers and added lines", () => {
    const parsed = parsePatch(handlerPatch);
    expect(parsed.hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines, h.section])).toEqual([
      [10, 5, 10, 6, "export async function handler(req: Request) {"],
      [40, 3, 41, 4, "function helper() {"],
    ]);
    expect([...parsed.commentableLines].sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 14, 15, 41, 42, 43, 44]);
    expect(parsed.addedLines).toEqual([
      { line: 11, text: "  const id = ZId.parse(body.id);" },
      { line: 12, text: '  if (!id) throw new AppError("INVALID_INPUT");' },
      { line: 42, text: "  total += 1;" },
    ]);
    const deleted = parsed.hunks[0]!.lines.find((l) => l.kind === "delete");
    expect(deleted).toEqual({ kind: "delete", text: "  const id = body.id;", oldLine: 11 });
    expect(parsed.hunks[0]!.raw).toHaveLength(8);
  });

  it("reads a new file whose last line has no newline", () => {
    const parsed = parsePatch(["@@ -0,0 +1,3 @@", "+# Coral", "+", "+Reviews pull requests.", "\\ No newline at end of file"].join("\n"));
    expect([...parsed.commentableLines]).toEqual([1, 2, 3]);
    expect(parsed.addedLines.map((l) => l.text)).toEqual(["# Coral", "", "Reviews pull requests."]);
    expect(parsed.hunks[0]!.lines.at(-1)).toMatchObject({ newLine: 3, noNewlineAtEnd: true });
    expect(parsed.hunks[0]!.raw.at(-1)).toBe("\\ No newline at end of file");
  });

  it("reads hunk headers without counts as one line", () => {
    expect(parseHunkHeader("@@ -1 +1 @@")).toMatchObject({ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, section: "" });
    const parsed = parsePatch(["@@ -1 +1 @@", "-v1.2.2", "\\ No newline at end of file", "+v1.2.3", "\\ No newline at end of file"].join("\n"));
    expect([...parsed.commentableLines]).toEqual([1]);
    expect(parsed.hunks[0]!.lines).toEqual([
      { kind: "delete", text: "v1.2.2", oldLine: 1, noNewlineAtEnd: true },
      { kind: "add", text: "v1.2.3", newLine: 1, noNewlineAtEnd: true },
    ]);
  });

  it("strips CRLF line ends from patches of Windows files", () => {
    const crlf = ["@@ -1,3 +1,3 @@", " Option Explicit", "-Dim x", "+Dim x As Integer", " End Sub", ""].join("\r\n");
    const parsed = parsePatch(crlf);
    expect(parsed.addedLines).toEqual([{ line: 2, text: "Dim x As Integer" }]);
    expect([...parsed.commentableLines]).toEqual([1, 2, 3]);
    expect(parsed.hunks[0]!.raw.every((l) => !l.includes("\r"))).toBe(true);
  });

  it("gives a deletion-only hunk no commentable lines", () => {
    const parsed = parsePatch(["@@ -5,2 +4,0 @@ class Cache {", "-  legacy = true;", "-  other = false;"].join("\n"));
    expect(parsed.commentableLines.size).toBe(0);
    expect(hunkNewEnd(parsed.hunks[0]!)).toBeUndefined();
  });

  it("ignores git headers before the first hunk but counts a removed SQL comment line inside it", () => {
    const parsed = parsePatch(
      [
        "diff --git a/db/init.sql b/db/init.sql",
        "--- a/db/init.sql",
        "+++ b/db/init.sql",
        "@@ -1,3 +1,3 @@",
        "--- seed data",
        "+-- seed data for tests",
        " INSERT INTO users VALUES (1);",
        " INSERT INTO users VALUES (2);",
      ].join("\n"),
    );
    expect(parsed.hunks).toHaveLength(1);
    expect(parsed.hunks[0]!.lines.map((l) => l.kind)).toEqual(["delete", "add", "context", "context"]);
    expect(parsed.addedLines).toEqual([{ line: 1, text: "-- seed data for tests" }]);
  });

  it("treats an empty line inside a hunk as an empty context line and stops at the counted end", () => {
    const parsed = parsePatch(["@@ -1,3 +1,4 @@", " a", "", "+b", " c", "trailing text that is not part of the hunk"].join("\n"));
    expect(parsed.hunks[0]!.lines.map((l) => [l.kind, l.newLine])).toEqual([
      ["context", 1],
      ["context", 2],
      ["add", 3],
      ["context", 4],
    ]);
  });

  it("answers an empty result for no patch and for text without hunks", () => {
    expect(parsePatch(undefined).hunks).toEqual([]);
    expect(parsePatch("Binary files differ").commentableLines.size).toBe(0);
  });

  it("finds the hunk that contains a right-side line", () => {
    const parsed = parsePatch(handlerPatch);
    expect(hunkContaining(parsed, 12)?.newStart).toBe(10);
    expect(hunkContaining(parsed, 44)?.newStart).toBe(41);
    expect(hunkContaining(parsed, 30)).toBeUndefined();
  });
});
