import { describe, expect, it } from "vitest";
import { builtInAgentLookup } from "../agent-lookup";
import { validateWorkflow } from "../validate-workflow";
import { workflowTemplate, workflowTemplates } from ".";

const lookup = builtInAgentLookup();

const expectedLayers: Record<string, string[][]> = {
  "full-stack-web-app": [["architecture"], ["specification"], ["approve_spec"], ["backend", "frontend", "database"], ["qa", "security"], ["deploy"], ["documentation"]],
  "ai-powered-app": [
    ["architecture"],
    ["specification"],
    ["approve_spec"],
    ["ai_design", "frontend", "database"],
    ["model_strategy"],
    ["backend"],
    ["qa", "security"],
    ["deploy"],
    ["documentation"],
  ],
  "api-service": [["architecture"], ["specification"], ["api_design", "database"], ["backend"], ["qa", "security", "performance"], ["deploy"], ["documentation"]],
  "frontend-only": [["architecture"], ["specification"], ["ui_design"], ["frontend"], ["accessibility", "qa"], ["deploy"]],
  "mobile-app": [["architecture"], ["specification"], ["approve_spec"], ["backend", "mobile", "database"], ["qa", "security"], ["deploy"], ["documentation"]],
  mvp: [["architecture"], ["build"], ["qa"], ["deploy"]],
  "code-review": [["review", "security"], ["summary"]],
};

describe("workflow templates", () => {
  it("ship the seven templates of DESIGN §5, in gallery order", () => {
    expect(workflowTemplates.map((t) => [t.id, t.name, t.category])).toEqual([
      ["full-stack-web-app", "Full-stack web app", "web"],
      ["ai-powered-app", "AI-powered app", "ai"],
      ["api-service", "API service", "api"],
      ["frontend-only", "Frontend only", "frontend"],
      ["mobile-app", "Mobile app", "mobile"],
      ["mvp", "MVP", "starter"],
      ["code-review", "Code review", "review"],
    ]);
    expect(workflowTemplate("mvp")?.definition.limits).toStrictEqual({ maxSteps: 10, stepTimeoutSeconds: 600, costCapUsd: 5 });
    expect(workflowTemplate("nope")).toBeUndefined();
  });

  it.each(workflowTemplates.map((t) => [t.id, t] as const))("%s validates against the built-in catalogue, in the designed layers", (id, template) => {
    const result = validateWorkflow(template.definition, lookup);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result).toStrictEqual({ ok: true, definition: template.definition, order: expectedLayers[id] });
    expect(template.description).toBe(template.definition.description);
    expect(template.description.length).toBeGreaterThan(60);
  });

  it("gates the build on an approved spec in the full-stack template", () => {
    const steps = workflowTemplate("full-stack-web-app")!.definition.steps;
    expect(steps.find((s) => s.id === "approve_spec")).toStrictEqual({
      id: "approve_spec",
      kind: "approval",
      title: "Approve the specification",
      group: "Plan",
      dependsOn: ["specification"],
      approval: { prompt: "Approve the spec before building: check the architecture, requirements, API specification and data model.", timeoutHours: 72, onTimeout: "reject" },
    });
    expect(steps.map((s) => (s.kind === "agent" ? s.agent : s.kind))).toEqual([
      "project_architect",
      "technical_writer_phase1",
      "approval",
      "backend_developer",
      "frontend_developer",
      "database_administrator",
      "qa_testing",
      "security_specialist",
      "devops_deployment",
      "technical_writer_phase2",
    ]);
  });

  it("runs the AI steps only for projects with AI features", () => {
    const steps = workflowTemplate("ai-powered-app")!.definition.steps;
    const conditional = steps.filter((s) => s.when).map((s) => [s.id, s.kind === "agent" ? s.agent : s.kind, s.when]);
    expect(conditional).toEqual([
      ["ai_design", "ai_ml_specialist", { fact: "has_ai_features", equals: true }],
      ["model_strategy", "model_strategy_specialist", { fact: "has_ai_features", equals: true }],
    ]);
  });

  it("feeds the pull request to both reviews as run input and merges them in the code-review template", () => {
    const steps = workflowTemplate("code-review")!.definition.steps;
    expect(steps.map((s) => (s.kind === "agent" ? [s.id, s.agent, s.inputs, s.dependsOn] : [s.id]))).toEqual([
      ["review", "code_reviewer", ["pull_request"], []],
      ["security", "security_specialist", ["pull_request"], []],
      ["summary", "code_reviewer", ["code_review", "security_review"], ["review", "security"]],
    ]);
  });
});
