import { describe, expect, it } from "vitest";
import { ZCondition } from "./condition-schema";
import { ZWorkflowDefinition, type TWorkflowDefinitionInput } from "./definition-schema";

const issuesOf = (value: unknown) => {
  const result = ZWorkflowDefinition.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};
const conditionIssues = (value: unknown) => {
  const result = ZCondition.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};
const withStep = (step: Record<string, unknown>, extra: Partial<TWorkflowDefinitionInput> = {}) => ({ name: "Demo", steps: [step], ...extra });

describe("ZWorkflowDefinition", () => {
  it("fills in the defaults: agent kind, no dependencies, latest version, default limits", () => {
    expect(ZWorkflowDefinition.parse({ name: "Demo", steps: [{ id: "architecture", agent: "project_architect" }] })).toStrictEqual({
      name: "Demo",
      description: "",
      steps: [{ id: "architecture", kind: "agent", dependsOn: [], agent: "project_architect", agentVersion: "latest" }],
      limits: { maxSteps: 30, stepTimeoutSeconds: 600 },
    });
  });

  it("fills in approval defaults: 72 hours, reject on timeout", () => {
    const parsed = ZWorkflowDefinition.parse(withStep({ id: "gate", kind: "approval", approval: { prompt: "Ship it?" } }));
    expect(parsed.steps[0]).toStrictEqual({ id: "gate", kind: "approval", dependsOn: [], approval: { prompt: "Ship it?", timeoutHours: 72, onTimeout: "reject" } });
  });

  it("keeps every agent-step override", () => {
    const step = {
      id: "api-design",
      kind: "agent",
      title: "API",
      group: "Plan",
      dependsOn: ["spec"],
      agent: "api_designer",
      agentVersion: 3,
      task: "Design {{task}}",
      inputs: ["requirements_document"],
      model: "anthropic:claude-sonnet-4-5",
      tier: "deep",
      timeoutSeconds: 900,
    };
    expect(ZWorkflowDefinition.parse(withStep(step, { limits: { maxSteps: 12, stepTimeoutSeconds: 60, costCapUsd: 2.5 } }))).toStrictEqual({
      name: "Demo",
      description: "",
      steps: [step],
      limits: { maxSteps: 12, stepTimeoutSeconds: 60, costCapUsd: 2.5 },
    });
  });

  it("names the field and the rule for bad values", () => {
    expect(issuesOf({ name: "ab", steps: [] })).toEqual([
      { path: "name", message: "needs at least 3 characters" },
      { path: "steps", message: "needs at least one step" },
    ]);
    expect(issuesOf({ name: "Demo" })).toEqual([{ path: "steps", message: "is required" }]);
    expect(issuesOf({ name: "Demo", description: "x".repeat(601), steps: [{ id: "a", agent: "qa_testing" }] })).toEqual([
      { path: "description", message: "must be at most 600 characters" },
    ]);
    expect(issuesOf(withStep({ id: "Backend Dev", agent: "backend_developer" }))).toEqual([
      { path: "steps.0.id", message: "use snake_case or kebab-case, e.g. backend or api-design" },
    ]);
    expect(issuesOf(withStep({ id: "a", agent: "qa_testing", agentVersion: 0, model: "gpt-5", tier: "huge", timeoutSeconds: 5 }))).toEqual([
      { path: "steps.0.agentVersion", message: 'must be "latest" or a version number (1, 2, …)' },
      { path: "steps.0.model", message: "write provider:model, e.g. openai:gpt-5-mini or anthropic:claude-sonnet-4-5" },
      { path: "steps.0.tier", message: "must be fast, balanced or deep" },
      { path: "steps.0.timeoutSeconds", message: "must be at least 10 seconds" },
    ]);
    expect(issuesOf(withStep({ id: "a" }))).toEqual([{ path: "steps.0.agent", message: "is required" }]);
  });

  it("bounds the limits", () => {
    expect(issuesOf(withStep({ id: "a", agent: "qa_testing" }, { limits: { maxSteps: 61, stepTimeoutSeconds: 5, costCapUsd: 0 } }))).toEqual([
      { path: "limits.maxSteps", message: "must be at most 60" },
      { path: "limits.stepTimeoutSeconds", message: "must be at least 10 seconds" },
      { path: "limits.costCapUsd", message: "must be more than 0" },
    ]);
    expect(issuesOf(withStep({ id: "a", agent: "qa_testing" }, { limits: { maxSteps: 2.5, stepTimeoutSeconds: 3601 } }))).toEqual([
      { path: "limits.maxSteps", message: "must be a whole number" },
      { path: "limits.stepTimeoutSeconds", message: "must be at most 3600 seconds" },
    ]);
  });

  it("tells approval steps with agent fields, and agent steps with an approval, what to change", () => {
    expect(issuesOf(withStep({ id: "gate", kind: "approval", agent: "qa_testing", task: "x", approval: { prompt: "OK?" } }))).toEqual([
      { path: "steps.0", message: "agent and task are agent-step fields: an approval step only has approval (remove them, or make it an agent step)" },
    ]);
    expect(issuesOf(withStep({ id: "gate", agent: "qa_testing", approval: { prompt: "OK?" } }))).toEqual([
      { path: "steps.0", message: "approval is an approval-step field: add kind: approval and remove the agent fields to make this step a gate" },
    ]);
    expect(issuesOf(withStep({ id: "gate", kind: "approval" }))).toEqual([{ path: "steps.0.approval", message: "is required" }]);
    expect(issuesOf(withStep({ id: "a", agent: "qa_testing", agnet: "x", retries: 2 }))).toEqual([{ path: "steps.0", message: 'unknown fields "agnet", "retries"' }]);
  });

  it("rejects an unknown kind and a step that is not an object", () => {
    expect(issuesOf(withStep({ id: "a", kind: "human" }))).toEqual([{ path: "steps.0.kind", message: 'kind must be "agent" (the default) or "approval"' }]);
    expect(issuesOf({ name: "Demo", steps: ["architecture"] })).toEqual([{ path: "steps.0", message: "must be a step: { id, agent, … }" }]);
    expect(issuesOf(null)).toEqual([{ path: "", message: "must be an object: { name, description?, steps, limits? }" }]);
  });
});

describe("ZCondition", () => {
  it("defaults a fact's equals to true", () => {
    expect(ZCondition.parse({ fact: "has_ai_features" })).toStrictEqual({ fact: "has_ai_features", equals: true });
    expect(ZCondition.parse({ fact: "needs_mobile", equals: false })).toStrictEqual({ fact: "needs_mobile", equals: false });
  });

  it("parses output conditions and nested combinations", () => {
    const condition = {
      all: [
        { fact: "enterprise_deployment" },
        { any: [{ output: { step: "design", deliverable: "design_tokens", path: "color.primary" }, equals: "#0055ff" }, { not: { output: { step: "review" }, contains: "Request changes" } }] },
      ],
    };
    expect(ZCondition.parse(condition)).toStrictEqual({
      all: [
        { fact: "enterprise_deployment", equals: true },
        { any: [{ output: { step: "design", deliverable: "design_tokens", path: "color.primary" }, equals: "#0055ff" }, { not: { output: { step: "review" }, contains: "Request changes" } }] },
      ],
    });
    expect(ZCondition.parse({ output: { step: "qa", path: "summary.failed" }, equals: 0 })).toStrictEqual({ output: { step: "qa", path: "summary.failed" }, equals: 0 });
  });

  it("reports a mistake deep inside a condition at its own path", () => {
    expect(conditionIssues({ all: [{ fact: "a" }, { not: { fact: "Has AI" } }] })).toEqual([{ path: "all.1.not.fact", message: "use snake_case, e.g. api_specification" }]);
    expect(conditionIssues({ any: [{ output: { step: "x" }, equals: "a", contains: "b" }] })).toEqual([{ path: "any.0", message: "use equals or contains, not both" }]);
    expect(conditionIssues({ output: { step: "x", path: "a..b" } })).toEqual([{ path: "output.path", message: "write a dotted path, e.g. risk.level or items.0.name" }]);
    expect(conditionIssues({ all: [] })).toEqual([{ path: "all", message: "needs at least one condition" }]);
    expect(conditionIssues({ fact: "a", equal: true })).toEqual([{ path: "", message: 'unknown field "equal"' }]);
  });

  it("needs exactly one kind of test", () => {
    expect(conditionIssues({ fact: "a", all: [] })).toEqual([{ path: "", message: "a condition has exactly one of fact, output, all, any or not (found fact and all)" }]);
    expect(conditionIssues({ not: { when: "a" } })).toEqual([{ path: "not", message: "a condition has exactly one of fact, output, all, any or not" }]);
    expect(conditionIssues("has_ai_features")).toEqual([{ path: "", message: "a condition has exactly one of fact, output, all, any or not" }]);
  });

  it("parses inside a step's when", () => {
    const parsed = ZWorkflowDefinition.parse(withStep({ id: "ai", agent: "ai_ml_specialist", when: { not: { fact: "needs_mobile" } } }));
    expect(parsed.steps[0]?.when).toStrictEqual({ not: { fact: "needs_mobile", equals: true } });
    expect(issuesOf(withStep({ id: "ai", agent: "ai_ml_specialist", when: { any: [{ fact: 1 }] } }))).toEqual([{ path: "steps.0.when.any.0.fact", message: "must be text" }]);
  });
});
