import { describe, expect, it } from "vitest";

import {
  addAgentStep,
  addApprovalStep,
  addDependency,
  removeDependency,
  removeSteps,
  renameStep,
  sameDefinition,
  uniqueStepId,
  withField,
} from "./draft-ops";
import type { TWorkflowDefinition } from "./workflow-types";

const mvp: TWorkflowDefinition = {
  name: "MVP",
  description: "",
  limits: { maxSteps: 10, stepTimeoutSeconds: 600 },
  steps: [
    { id: "architecture", kind: "agent", dependsOn: [], agent: "project_architect", agentVersion: "latest" },
    { id: "build", kind: "agent", dependsOn: ["architecture"], agent: "full_stack_engineer", agentVersion: "latest" },
    {
      id: "qa",
      kind: "agent",
      dependsOn: ["build"],
      agent: "qa_testing",
      agentVersion: "latest",
      when: { all: [{ fact: "has_ai_features", equals: true }, { output: { step: "build" }, contains: "ok" }] },
    },
    { id: "deploy", kind: "agent", dependsOn: ["qa", "build"], agent: "devops_deployment", agentVersion: "latest" },
  ],
};

const deps = (d: TWorkflowDefinition) => Object.fromEntries(d.steps.map((s) => [s.id, s.dependsOn]));

describe("uniqueStepId", () => {
  it("makes a snake_case id and numbers it when taken", () => {
    expect(uniqueStepId("Backend Developer!", [])).toBe("backend_developer");
    expect(uniqueStepId("qa", ["qa", "qa_2"])).toBe("qa_3");
    expect(uniqueStepId("42", [])).toBe("step");
  });
});

describe("adding steps", () => {
  it("adds an agent step after the given step, titled with the agent's name", () => {
    const { definition, id } = addAgentStep(mvp, { id: "qa_testing", name: "QA & Testing" }, "build");
    expect(id).toBe("qa_testing");
    expect(definition.steps.at(-1)).toEqual({ id, kind: "agent", title: "QA & Testing", dependsOn: ["build"], agent: "qa_testing", agentVersion: "latest" });
    expect(mvp.steps).toHaveLength(4);
  });

  it("adds an approval gate with a prompt, and numbers the second one", () => {
    const first = addApprovalStep(mvp);
    const second = addApprovalStep(first.definition, first.id);
    expect([first.id, second.id]).toEqual(["approval", "approval_2"]);
    const gate = second.definition.steps.at(-1)!;
    expect(gate.kind === "approval" && gate.approval.timeoutHours).toBe(72);
    expect(gate.dependsOn).toEqual(["approval"]);
  });
});

describe("removeSteps", () => {
  it("removes a last step without touching the rest", () => {
    const next = removeSteps(mvp, ["deploy"]);
    expect(next.steps.map((s) => s.id)).toEqual(["architecture", "build", "qa"]);
    expect(deps(next)).toEqual({ architecture: [], build: ["architecture"], qa: ["build"] });
  });

  it("keeps the chain through a removed step, without duplicates", () => {
    const next = removeSteps(mvp, ["qa"]);
    expect(deps(next).deploy).toEqual(["build"]);
    const both = removeSteps(mvp, ["build", "qa"]);
    expect(deps(both).deploy).toEqual(["architecture"]);
  });
});

describe("dependencies", () => {
  it("adds once, never to itself, and removes", () => {
    expect(deps(addDependency(mvp, "architecture", "qa")).qa).toEqual(["build", "architecture"]);
    expect(addDependency(mvp, "architecture", "build")).toBe(mvp);
    expect(deps(addDependency(mvp, "qa", "qa")).qa).toEqual(["build"]);
    expect(deps(removeDependency(mvp, "build", "deploy")).deploy).toEqual(["qa"]);
  });
});

describe("renameStep", () => {
  it("renames the step, the dependencies on it and the conditions reading its output", () => {
    const next = renameStep(mvp, "build", "implementation");
    expect(next.steps[1]!.id).toBe("implementation");
    expect(deps(next)).toMatchObject({ qa: ["implementation"], deploy: ["qa", "implementation"] });
    expect(next.steps[2]!.when).toEqual({ all: [{ fact: "has_ai_features", equals: true }, { output: { step: "implementation" }, contains: "ok" }] });
  });
});

describe("withField and sameDefinition", () => {
  it("drops a field set to undefined, and compares regardless of key order", () => {
    const step = withField(mvp.steps[0]!, "title", "Plan");
    expect(step.title).toBe("Plan");
    expect("title" in withField(step, "title", undefined)).toBe(false);
    const reordered = { steps: mvp.steps, limits: mvp.limits, description: "", name: "MVP" } as TWorkflowDefinition;
    expect(sameDefinition(reordered, mvp)).toBe(true);
    expect(sameDefinition({ ...mvp, name: "MVP 2" }, mvp)).toBe(false);
  });
});
