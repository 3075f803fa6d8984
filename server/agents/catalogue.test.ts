import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtInAgents, checkCatalogue, loadCatalogueFrom } from "./catalogue";
import { agentSections, templatePlaceholders } from "./definition-schema";
import { AgentDefinitionError, parseAgentDefinition, placeholdersIn } from "./parse-definition";

const required = [
  "project_architect", "technical_writer_phase1", "technical_writer_phase2", "backend_developer", "frontend_developer",
  "full_stack_engineer", "mobile_developer", "api_designer", "ai_ml_specialist", "data_engineer", "model_strategy_specialist",
  "qa_testing", "security_specialist", "performance_optimizer", "devops_deployment", "database_administrator",
  "monitoring_specialist", "cloud_architect", "accessibility_specialist", "ui_designer", "code_reviewer",
  "architecture_validator", "compliance_auditor",
];

describe("the built-in catalogue", () => {
  const agents = builtInAgents();

  it("has every agent the product promises", () => {
    expect(agents.map((a) => a.id).sort()).toEqual([...required].sort());
  });

  it.each(agents.map((a) => [a.id, a] as const))("%s has substantive sections and known placeholders", (_, agent) => {
    for (const name of agentSections) expect(agent.sections[name].length, `${agent.id} ${name}`).toBeGreaterThan(80);
    const used = placeholdersIn(agent.sections["Task template"]);
    expect(used).toContain("task");
    for (const p of used) expect(templatePlaceholders).toContain(p);
  });

  it("only depends on deliverables some agent outputs, and hands off to agents that exist", () => {
    const ids = new Set(agents.map((a) => a.id));
    const produced = new Set(agents.flatMap((a) => a.outputs.map((o) => o.type)));
    for (const a of agents) {
      for (const d of a.dependencies) expect(produced.has(d), `${a.id} needs ${d}`).toBe(true);
      for (const n of a.nextAgents) expect(ids.has(n), `${a.id} → ${n}`).toBe(true);
    }
  });

  it("covers all three categories", () => {
    const count = (c: string) => agents.filter((a) => a.category === c).length;
    expect([count("core"), count("specialist"), count("assessment")]).toEqual([3, 17, 3]);
  });
});

const valid = fs.readFileSync(path.join(process.cwd(), "server/agents/definitions/specialist/backend_developer.md"), "utf8");

describe("validation errors name the file and field", () => {
  const cases: [string, (text: string) => string, RegExp][] = [
    ["a missing front matter", (t) => t.replace(/^---[\s\S]*?---\n/, ""), /x\.md: front matter: missing/],
    ["invalid YAML", (t) => t.replace("modelTier: balanced", "modelTier: [balanced"), /x\.md: front matter: is not valid YAML/],
    ["an unknown tier", (t) => t.replace("modelTier: balanced", "modelTier: huge"), /x\.md: modelTier: /],
    ["a non-snake id", (t) => t.replace("id: backend_developer", "id: Backend-Dev"), /x\.md: id: use snake_case/],
    ["an output without format", (t) => t.replace(", format: markdown, path: docs/backend/implementation.md", ""), /x\.md: outputs\.0\.format/],
    ["an unknown field", (t) => t.replace("modelTier: balanced", "modelTier: balanced\ncolour: blue"), /x\.md: front matter: Unrecognized key/],
    ["a missing section", (t) => t.replace("## Methodology", "## Method"), /x\.md: section "Method": unknown section/],
    ["a stub section", (t) => t.replace(/^## Handoff\n[\s\S]*$/m, "## Handoff\nTBD\n"), /x\.md: section "Handoff": is empty or a stub/],
    ["an unknown placeholder", (t) => t.replace("{{task}}", "{{task}} {{secret}}"), /x\.md: section "Task template": unknown placeholder \{\{secret\}\}/],
    ["a placeholder outside the template", (t) => t.replace("## Expertise\n", "## Expertise\n{{task}} "), /x\.md: section "Expertise": placeholder \{\{task\}\} is only allowed/],
  ];
  it.each(cases)("rejects %s", (_, mutate, message) => {
    const text = mutate(valid);
    expect(text).not.toBe(valid);
    expect(() => parseAgentDefinition(text, "x.md")).toThrowError(message);
    expect(() => parseAgentDefinition(text, "x.md")).toThrowError(AgentDefinitionError);
  });

  it("rejects a dependency nobody produces and a next agent that does not exist", () => {
    const agent = parseAgentDefinition(valid, "specialist/backend_developer.md");
    expect(() => checkCatalogue([agent])).toThrowError(/dependencies\.0: no agent outputs "api_specification"/);
    const noDeps = { ...agent, dependencies: [] };
    expect(() => checkCatalogue([noDeps])).toThrowError(/nextAgents\.0: no agent with id "qa_testing"/);
  });

  it("fails loading a folder with a bad file, naming it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agents-"));
    fs.mkdirSync(path.join(dir, "specialist"));
    fs.writeFileSync(path.join(dir, "specialist", "backend_developer.md"), valid.replace("category: specialist", "category: wizard"));
    expect(() => loadCatalogueFrom(dir)).toThrowError(/backend_developer\.md: category: /);
    fs.rmSync(dir, { recursive: true });
  });
});
