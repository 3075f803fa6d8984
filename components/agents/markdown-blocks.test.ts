import { describe, expect, it } from "vitest";

import { parseBlocks } from "./markdown-blocks";

const parse = (text: string) => parseBlocks(text.split("\n"));

describe("parseBlocks", () => {
  it("splits headings, paragraphs and a code fence, keeping the fence verbatim", () => {
    expect(parse("### Task\n{{task}}\nsecond line\n\n```ts\nconst a = `x`;\n  indented();\n```\nafter")).toEqual([
      { kind: "heading", level: 3, text: "Task" },
      { kind: "paragraph", text: "{{task}} second line" },
      { kind: "code", lang: "ts", text: "const a = `x`;\n  indented();" },
      { kind: "paragraph", text: "after" },
    ]);
  });

  it("reads ordered lists with their start number and unordered lists with nested items", () => {
    expect(parse("3. **Plan** it\n4. Do it\n\n- top\n  - child one\n  - child two\n- next")).toEqual([
      {
        kind: "list",
        ordered: true,
        start: 3,
        items: [
          { text: "**Plan** it", children: [] },
          { text: "Do it", children: [] },
        ],
      },
      {
        kind: "list",
        ordered: false,
        start: 1,
        items: [
          {
            text: "top",
            children: [
              {
                kind: "list",
                ordered: false,
                start: 1,
                items: [
                  { text: "child one", children: [] },
                  { text: "child two", children: [] },
                ],
              },
            ],
          },
          { text: "next", children: [] },
        ],
      },
    ]);
  });

  it("ends a list at a paragraph after a blank line and keeps lazy continuation lines in the item", () => {
    expect(parse("- one\ncontinued\n\nA paragraph.")).toEqual([
      { kind: "list", ordered: false, start: 1, items: [{ text: "one continued", children: [] }] },
      { kind: "paragraph", text: "A paragraph." },
    ]);
  });

  it("treats HTML as text to show, not markup", () => {
    expect(parse("<script>alert(1)</script>")).toEqual([{ kind: "paragraph", text: "<script>alert(1)</script>" }]);
  });

  it("reads a GitHub-style table with its alignment, escaped pipes and short rows", () => {
    expect(parse("Intro line\n| Name | Owns | Cost |\n| :--- | :---: | ---: |\n| Web app | `a \\| b` | 1 |\n| Worker |\n\nafter")).toEqual([
      { kind: "paragraph", text: "Intro line" },
      {
        kind: "table",
        align: ["left", "center", "right"],
        header: ["Name", "Owns", "Cost"],
        rows: [
          ["Web app", "`a | b`", "1"],
          ["Worker", "", ""],
        ],
      },
      { kind: "paragraph", text: "after" },
    ]);
  });

  it("leaves pipes without a delimiter row as a paragraph", () => {
    expect(parse("| not | a table |\n| still not |")).toEqual([{ kind: "paragraph", text: "| not | a table | | still not |" }]);
  });
});
