import { describe, expect, it } from "vitest";
import { blockedSteps, findCycles, stepsInCycles, topologicalLayers, uniqueById, upstreamSets } from "./workflow-graph";

const s = (id: string, ...dependsOn: string[]) => ({ id, dependsOn });

describe("workflow graph", () => {
  it("layers a diamond and a separate chain", () => {
    expect(topologicalLayers([s("a"), s("b", "a"), s("c", "a"), s("d", "b", "c"), s("x"), s("y", "x", "a")])).toEqual([["a", "x"], ["b", "c", "y"], ["d"]]);
  });

  it("collects upstream steps transitively", () => {
    const upstream = upstreamSets([s("a"), s("b", "a"), s("c", "b"), s("d")]);
    expect([...upstream.get("c")!].sort()).toEqual(["a", "b"]);
    expect([...upstream.get("d")!]).toEqual([]);
  });

  it("finds each cycle once, shortest loop from its first step", () => {
    const steps = [s("a", "d"), s("b", "a"), s("c", "b"), s("d", "c", "b"), s("e", "d"), s("f", "g"), s("g", "f")];
    // d waits for b directly, so the shortest loop through a skips c.
    expect(findCycles(steps)).toEqual([["a", "b", "d", "a"], ["f", "g", "f"]]);
    expect([...stepsInCycles(steps)].sort()).toEqual(["a", "b", "c", "d", "f", "g"]);
    expect([...blockedSteps(steps)]).toEqual([["e", ["d"]]]);
  });

  it("traces blocked steps to the step with a missing dependency", () => {
    expect([...blockedSteps([s("a", "zz"), s("b", "a"), s("c", "b"), s("d")])]).toEqual([
      ["b", ["a"]],
      ["c", ["b", "a"]],
    ]);
  });

  it("keeps the first step with each id", () => {
    expect(uniqueById([s("a"), s("b", "a"), s("a", "b")])).toEqual([s("a"), s("b", "a")]);
  });
});
