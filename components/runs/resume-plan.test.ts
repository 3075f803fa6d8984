import { describe, expect, it } from "vitest";

import { stepsToRerun } from "./resume-plan";

const steps = [
  { id: "architecture", dependsOn: [] },
  { id: "specification", dependsOn: ["architecture"] },
  { id: "backend", dependsOn: ["specification"] },
  { id: "frontend", dependsOn: ["specification"] },
  { id: "qa", dependsOn: ["backend", "frontend"] },
  { id: "security", dependsOn: ["backend", "frontend"] },
  { id: "deploy", dependsOn: ["qa", "security"] },
];

describe("stepsToRerun", () => {
  it("is the step and everything downstream of it, not its siblings", () => {
    expect([...stepsToRerun(steps, "qa")].sort()).toEqual(["deploy", "qa"]);
  });
  it("reaches every descendant through any path", () => {
    expect([...stepsToRerun(steps, "specification")].sort()).toEqual(["backend", "deploy", "frontend", "qa", "security", "specification"]);
  });
});
