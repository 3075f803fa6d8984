import { describe, expect, it } from "vitest";

import { fieldOfProblem, indexProblems, stepOfProblem } from "./problem-paths";

const steps = [
  { id: "architecture", dependsOn: ["qa"] },
  { id: "build", dependsOn: ["architecture"] },
  { id: "qa", dependsOn: ["build"] },
];

describe("stepOfProblem and fieldOfProblem", () => {
  it("reads the step from the path's index, else from the step the message names", () => {
    expect(stepOfProblem({ path: "steps.1.agent", message: 'step "build" uses agent "x", which does not exist' }, steps)).toBe("build");
    expect(stepOfProblem({ path: "", message: 'step "qa" tests fact "y"' }, steps)).toBe("qa");
    expect(stepOfProblem({ path: "limits.maxSteps", message: "limits.maxSteps: must be at most 60" }, steps)).toBeNull();
  });

  it("names the field below the step, or the workflow field", () => {
    expect(fieldOfProblem({ path: "steps.0.when.fact", message: "" })).toBe("when.fact");
    expect(fieldOfProblem({ path: "steps.0", message: "" })).toBeNull();
    expect(fieldOfProblem({ path: "limits.costCapUsd", message: "" })).toBe("limits.costCapUsd");
    expect(fieldOfProblem({ path: "", message: "YAML line 3" })).toBeNull();
  });
});

describe("indexProblems", () => {
  it("marks every step and edge of a reported cycle", () => {
    const cycle = { path: "steps.0.dependsOn", message: "steps wait for each other in a cycle, so none of them can start: architecture → build → qa → architecture" };
    const index = indexProblems([cycle, { path: "name", message: "name: needs at least 3 characters" }], steps);
    expect([...index.byStep.keys()].sort()).toEqual(["architecture", "build", "qa"]);
    expect([...index.cycleEdges].sort()).toEqual(["architecture->build", "build->qa", "qa->architecture"]);
    expect(index.byField("architecture", "dependsOn")).toEqual([cycle]);
    expect(index.byField("build", "dependsOn")).toEqual([]);
    expect(index.byField(null, "name")).toHaveLength(1);
    expect(index.general).toHaveLength(1);
  });
});

describe("unplaced", () => {
  it("lists a step's problems no field shows, and those found through another step", () => {
    const cycle = { path: "steps.0.dependsOn", message: "steps wait for each other in a cycle, so none of them can start: architecture → build → qa → architecture" };
    const unknown = { path: "steps.1", message: 'step "build": unknown field "colour"' };
    const index = indexProblems([cycle, unknown], steps);
    expect(index.unplaced("architecture", ["dependsOn"])).toEqual([]);
    expect(index.unplaced("build", ["dependsOn"])).toEqual([cycle, unknown]);
  });
});
