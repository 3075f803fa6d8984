import { describe, expect, it } from "vitest";
import { builtInAgentLookup, type TAgentLookup } from "./agent-lookup";
import { validateWorkflow } from "./validate-workflow";

const lookup = builtInAgentLookup();
const agent = (id: string, name: string, dependsOn: string[] = [], extra: Record<string, unknown> = {}) => ({ id, agent: name, dependsOn, ...extra });
const gate = (id: string, dependsOn: string[]) => ({ id, kind: "approval", dependsOn, approval: { prompt: "Go on?" } });
const workflow = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ name: "Test workflow", steps, ...extra });

function problemsOf(definition: unknown, using: TAgentLookup = lookup) {
  const result = validateWorkflow(definition, using);
  if (result.ok) throw new Error(`expected problems, got order ${JSON.stringify(result.order)}`);
  return result.problems;
}
function orderOf(definition: unknown, using: TAgentLookup = lookup) {
  const result = validateWorkflow(definition, using);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.order;
}

describe("validateWorkflow: order", () => {
  it("returns the parsed definition and its topological layers", () => {
    const result = validateWorkflow(workflow([agent("architecture", "project_architect"), agent("spec", "technical_writer_phase1", ["architecture"])]), lookup);
    expect(result).toStrictEqual({
      ok: true,
      definition: {
        name: "Test workflow",
        description: "",
        steps: [
          { id: "architecture", kind: "agent", dependsOn: [], agent: "project_architect", agentVersion: "latest" },
          { id: "spec", kind: "agent", dependsOn: ["architecture"], agent: "technical_writer_phase1", agentVersion: "latest" },
        ],
        limits: { maxSteps: 30, stepTimeoutSeconds: 600 },
      },
      order: [["architecture"], ["spec"]],
    });
  });

  it("puts each step one layer after its deepest dependency, in definition order", () => {
    const steps = [
      agent("review", "code_reviewer"),
      agent("architecture", "project_architect"),
      agent("spec", "technical_writer_phase1", ["architecture"]),
      gate("approve", ["spec"]),
      agent("db", "database_administrator", ["approve"]),
      agent("backend", "backend_developer", ["approve", "db"]),
      agent("frontend", "frontend_developer", ["approve"]),
      agent("security", "security_specialist", ["review", "backend"]),
    ];
    expect(orderOf(workflow(steps))).toEqual([["review", "architecture"], ["spec"], ["approve"], ["db", "frontend"], ["backend"], ["security"]]);
  });

  it("lets a step wait on an approval gate, and a gate run first", () => {
    expect(orderOf(workflow([gate("start", []), agent("review", "code_reviewer", ["start"])]))).toEqual([["start"], ["review"]]);
  });
});

describe("validateWorkflow: structure", () => {
  it("reports schema errors naming the step by id", () => {
    expect(problemsOf(workflow([agent("a", "code_reviewer", [], { agentVersion: "v2" }), { id: "gate", kind: "approval", agent: "qa_testing", approval: { prompt: "OK?" } }]))).toEqual([
      { path: "steps.0.agentVersion", message: 'step "a", agentVersion: must be "latest" or a version number (1, 2, …)' },
      { path: "steps.1", message: 'step "gate": agent is an agent-step field: an approval step only has approval (remove it, or make it an agent step)' },
    ]);
    expect(problemsOf(workflow([{ id: "Bad Id", agent: "code_reviewer" }]))).toEqual([{ path: "steps.0.id", message: "step 1, id: use snake_case or kebab-case, e.g. backend or api-design" }]);
    expect(problemsOf({ name: "x", steps: [agent("a", "code_reviewer")], owner: "me" })).toEqual([
      { path: "name", message: "name: needs at least 3 characters" },
      { path: "", message: 'workflow: unknown field "owner"' },
    ]);
  });

  it("reports more steps than limits.maxSteps", () => {
    const steps = ["a", "b", "c"].map((id) => agent(id, "code_reviewer"));
    expect(problemsOf(workflow(steps, { limits: { maxSteps: 2 } }))).toEqual([
      { path: "steps", message: "the workflow has 3 steps, more than limits.maxSteps (2): raise the limit (at most 60) or remove steps" },
    ]);
  });

  it("reports duplicate ids", () => {
    expect(problemsOf(workflow([agent("review", "code_reviewer"), agent("review", "security_specialist")]))).toEqual([
      { path: "steps.1.id", message: 'step id "review" is used more than once: step ids must be unique' },
    ]);
  });

  it("reports unknown, repeated and self dependencies, and the steps stuck behind them", () => {
    expect(
      problemsOf(
        workflow([
          agent("architecture", "project_architect"),
          agent("spec", "technical_writer_phase1", ["architecture", "architecture", "architect"]),
          agent("backend", "backend_developer", ["spec"]),
          agent("qa", "qa_testing", ["backend"]),
          agent("loner", "code_reviewer", ["loner"]),
        ]),
      ),
    ).toEqual([
      { path: "steps.1.dependsOn.1", message: 'step "spec" lists "architecture" in dependsOn twice' },
      { path: "steps.1.dependsOn.2", message: 'step "spec" depends on "architect", which is not a step in this workflow' },
      { path: "steps.4.dependsOn.0", message: 'step "loner" depends on itself' },
      { path: "steps.2.dependsOn", message: 'step "backend" can never start: it waits for "spec", which depends on "architect", which is not a step in this workflow' },
      {
        path: "steps.3.dependsOn",
        message: 'step "qa" can never start: it waits for "backend", which waits for "spec", which depends on "architect", which is not a step in this workflow',
      },
    ]);
  });

  it("names each cycle in run order, and the steps waiting on it", () => {
    expect(
      problemsOf(
        workflow([
          agent("a", "project_architect", ["c"]),
          agent("b", "technical_writer_phase1", ["a"]),
          agent("c", "architecture_validator", ["b"]),
          agent("d", "devops_deployment", ["c"]),
          agent("x", "code_reviewer", ["y"]),
          agent("y", "security_specialist", ["x"]),
        ]),
      ),
    ).toEqual([
      { path: "steps.0.dependsOn", message: "steps wait for each other in a cycle, so none of them can start: a → b → c → a" },
      { path: "steps.4.dependsOn", message: "steps wait for each other in a cycle, so none of them can start: x → y → x" },
      { path: "steps.3.dependsOn", message: 'step "d" can never start: it waits for "c", which is part of a dependsOn cycle' },
    ]);
  });
});

describe("validateWorkflow: agents and inputs", () => {
  it("reports unknown agents and unknown pinned versions", () => {
    const versioned: TAgentLookup = {
      agentExists: (id, version) => (version === "latest" || version === 1 ? lookup.agentExists(id, "latest") : undefined),
    };
    expect(problemsOf(workflow([agent("review", "code_reviwer"), agent("security", "security_specialist", [], { agentVersion: 4 })]), versioned)).toEqual([
      { path: "steps.0.agent", message: 'step "review" uses agent "code_reviwer", which does not exist' },
      { path: "steps.1.agentVersion", message: 'step "security" pins version 4 of agent "security_specialist", which does not exist (use "latest" or a published version)' },
    ]);
  });

  it("reports an input no step before it produces, suggesting an agent that does", () => {
    expect(problemsOf(workflow([agent("architecture", "project_architect"), agent("backend", "backend_developer", ["architecture"])]))).toEqual([
      { path: "steps.1.agent", message: 'step "backend" needs api_specification, which no step before it produces (add a step that does, e.g. technical_writer_phase1 or api_designer)' },
      { path: "steps.1.agent", message: 'step "backend" needs data_model, which no step before it produces (add a step that does, e.g. technical_writer_phase1)' },
    ]);
  });

  it("points at the step that produces it when it is not upstream", () => {
    expect(problemsOf(workflow([agent("architecture", "project_architect"), agent("spec", "technical_writer_phase1", ["architecture"]), agent("frontend", "frontend_developer", ["architecture"])]))).toEqual([
      { path: "steps.2.agent", message: 'step "frontend" needs api_specification, which no step before it produces (step "spec" does: list it in dependsOn)' },
    ]);
  });

  it("checks an inputs override instead of the agent's dependencies", () => {
    expect(problemsOf(workflow([agent("review", "code_reviewer", [], { inputs: ["pull_request", "code_review", "pr_diff"] })]))).toEqual([
      { path: "steps.0.inputs.1", message: 'step "review" needs code_review, which no step before it produces (add a step that does, e.g. code_reviewer)' },
      { path: "steps.0.inputs.2", message: 'step "review" needs pr_diff, which no agent produces and a run does not provide (a run provides project_brief, requirements and pull_request)' },
    ]);
    // The override replaces the agent's dependencies (requirements_document), and run inputs need no producer.
    expect(orderOf(workflow([agent("architecture", "project_architect"), agent("qa", "qa_testing", ["architecture"], { inputs: ["technical_specification", "requirements"] })]))).toEqual([["architecture"], ["qa"]]);
  });

  it("counts outputs of steps before an approval gate", () => {
    expect(orderOf(workflow([agent("architecture", "project_architect"), gate("ok", ["architecture"]), agent("deploy", "devops_deployment", ["ok"])]))).toEqual([["architecture"], ["ok"], ["deploy"]]);
  });

  it("only allows the run's values as placeholders in a step task", () => {
    expect(problemsOf(workflow([agent("review", "code_reviewer", [], { task: "Review {{task}} for {{project.name}} using {{inputs}} and {{memory}}" })]))).toEqual([
      {
        path: "steps.0.task",
        message: 'step "review" task uses {{inputs}}, which a step task cannot use (use {{task}}, {{project.name}}, {{project.description}}, {{project.facts}}, {{project.repository}} or {{workspace.name}})',
      },
      {
        path: "steps.0.task",
        message: 'step "review" task uses {{memory}}, which a step task cannot use (use {{task}}, {{project.name}}, {{project.description}}, {{project.facts}}, {{project.repository}} or {{workspace.name}})',
      },
    ]);
  });
});

describe("validateWorkflow: conditions", () => {
  const base = [agent("architecture", "project_architect"), agent("spec", "technical_writer_phase1", ["architecture"]), agent("design", "ui_designer", ["spec"]), gate("approve", ["spec"])];

  it("accepts facts and upstream outputs, including a path into a JSON deliverable", () => {
    const when = {
      all: [{ fact: "has_ai_features" }, { any: [{ output: { step: "design", deliverable: "design_tokens", path: "color.primary" }, equals: "#0055ff" }, { not: { output: { step: "spec" }, contains: "mobile" } }] }],
    };
    expect(orderOf(workflow([...base, agent("frontend", "frontend_developer", ["design"], { when })]))).toEqual([["architecture"], ["spec"], ["design", "approve"], ["frontend"]]);
  });

  it("reports unknown facts and steps, steps that do not run before, approval steps and its own output", () => {
    const when = {
      any: [
        { fact: "has_ai" },
        { output: { step: "nowhere" } },
        { output: { step: "frontend" } },
        { output: { step: "approve" } },
        { not: { output: { step: "qa" } } },
      ],
    };
    expect(problemsOf(workflow([...base, agent("frontend", "frontend_developer", ["spec"]), agent("qa", "qa_testing", ["spec"], { when })]))).toEqual([
      { path: "steps.5.when.any.0.fact", message: 'step "qa" tests fact "has_ai", which is not a project fact (known: has_ai_features, needs_mobile and enterprise_deployment)' },
      { path: "steps.5.when.any.1.output.step", message: 'step "qa" tests the output of "nowhere", which is not a step in this workflow' },
      { path: "steps.5.when.any.2.output.step", message: 'step "qa" tests the output of "frontend", which does not run before it (add "frontend" to its dependsOn)' },
      { path: "steps.5.when.any.3.output.step", message: 'step "qa" tests the output of "approve", which does not run before it (add "approve" to its dependsOn)' },
      { path: "steps.5.when.any.4.not.output.step", message: 'step "qa" tests its own output, which does not exist before it runs' },
    ]);
    expect(problemsOf(workflow([...base, agent("qa", "qa_testing", ["approve"], { when: { output: { step: "approve" }, contains: "yes" } })]))).toEqual([
      { path: "steps.4.when.output.step", message: 'step "qa" tests the output of "approve", an approval step, which has no output' },
    ]);
  });

  it("reports deliverables the step does not produce and paths into text", () => {
    const when = { any: [{ output: { step: "spec", deliverable: "design_tokens" } }, { output: { step: "spec", path: "title" }, equals: "x" }, { output: { step: "spec", deliverable: "api_specification", path: "info.version" }, equals: "1.0" }] };
    expect(problemsOf(workflow([...base, agent("qa", "qa_testing", ["spec"], { when })]))).toEqual([
      { path: "steps.4.when.any.0.output.deliverable", message: 'step "qa" tests deliverable design_tokens of "spec", but its agent technical_writer_phase1 outputs only requirements_document, api_specification and data_model' },
      { path: "steps.4.when.any.1.output.path", message: 'step "qa" reads path "title" of requirements_document from "spec", which is markdown: a path needs a JSON or YAML deliverable' },
    ]);
  });
});
