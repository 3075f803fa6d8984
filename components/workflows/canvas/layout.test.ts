import { describe, expect, it } from "vitest";

import { NODE, frameHeight, freeSpot, placeMissing, stepLayers, tidyPositions } from "./layout";

const fullStack = [
  { id: "architecture", dependsOn: [] },
  { id: "spec", dependsOn: ["architecture"] },
  { id: "gate", dependsOn: ["spec"] },
  { id: "backend", dependsOn: ["gate"] },
  { id: "frontend", dependsOn: ["gate"] },
  { id: "qa", dependsOn: ["backend", "frontend"] },
];

describe("stepLayers", () => {
  it("puts each step one column after the last step it waits for", () => {
    expect(stepLayers(fullStack)).toEqual([["architecture"], ["spec"], ["gate"], ["backend", "frontend"], ["qa"]]);
  });

  it("survives cycles, self and unknown dependencies, placing every step once", () => {
    const layers = stepLayers([
      { id: "a", dependsOn: ["c", "a", "nope"] },
      { id: "b", dependsOn: ["a"] },
      { id: "c", dependsOn: ["b"] },
      { id: "c", dependsOn: [] },
    ]);
    expect(layers.flat().sort()).toEqual(["a", "b", "c"]);
  });
});

describe("tidyPositions", () => {
  it("lays layers out as columns and centres them on the tallest", () => {
    const at = tidyPositions(fullStack);
    expect(at.spec!.x).toBe(NODE.width + NODE.colGap);
    expect(at.backend!.x).toBe(at.frontend!.x);
    expect(at.frontend!.y - at.backend!.y).toBe(NODE.height + NODE.rowGap);
    // A single step sits halfway between the two of the tallest column.
    expect(at.qa!.y).toBe((at.backend!.y + at.frontend!.y) / 2);
  });

  it("orders a column by the rows of the steps it waits for", () => {
    const at = tidyPositions([
      { id: "top", dependsOn: [] },
      { id: "bottom", dependsOn: [] },
      { id: "after_bottom", dependsOn: ["bottom"] },
      { id: "after_top", dependsOn: ["top"] },
    ]);
    expect(at.after_top!.y).toBeLessThan(at.after_bottom!.y);
  });
});

describe("placing new steps", () => {
  it("keeps placed steps where they are and finds a free spot for the new one", () => {
    const current = { a: { x: 500, y: 500 }, b: { x: NODE.width + NODE.colGap, y: 0 } };
    const next = placeMissing(
      [
        { id: "a", dependsOn: [] },
        { id: "b", dependsOn: ["a"] },
        { id: "c", dependsOn: ["a"] },
      ],
      current,
    );
    expect(next.a).toEqual(current.a);
    expect(next.b).toEqual(current.b);
    expect(next.c).toEqual({ x: NODE.width + NODE.colGap, y: NODE.height + NODE.rowGap });
    expect(freeSpot({ x: 0, y: 0 }, [])).toEqual({ x: 0, y: 0 });
  });
});

describe("frameHeight", () => {
  it("keeps a wide, shallow workflow short and a tall one within the maximum", () => {
    const row = Array.from({ length: 7 }, (_, i) => ({ x: i * (NODE.width + NODE.colGap), y: 0 }));
    expect(frameHeight(row, 1000)).toBe(288);
    const column = Array.from({ length: 12 }, (_, i) => ({ x: 0, y: i * (NODE.height + NODE.rowGap) }));
    expect(frameHeight(column, 1000)).toBe(560);
    const some = Array.from({ length: 4 }, (_, i) => ({ x: 0, y: i * (NODE.height + NODE.rowGap) }));
    expect(frameHeight(some, 1000)).toBeGreaterThan(288);
    expect(frameHeight(some, 1000)).toBeLessThan(560);
    expect(frameHeight([], 1000)).toBe(288);
  });
});
