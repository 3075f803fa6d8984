import { describe, expect, it } from "vitest";
import { workflowTemplates } from "./templates";
import { parseWorkflowText, workflowToText } from "./workflow-text";

describe("workflow text", () => {
  it.each(workflowTemplates.flatMap((t) => (["json", "yaml"] as const).map((format) => [t.id, format, t.definition] as const)))(
    "%s round-trips through %s",
    (_, format, definition) => {
      expect(parseWorkflowText(workflowToText(definition, format), format)).toStrictEqual({ ok: true, data: definition });
    },
  );

  it("writes readable YAML: id and kind first, defaults spelled out", () => {
    const definition = workflowTemplates.find((t) => t.id === "code-review")!.definition;
    const yaml = workflowToText(definition, "yaml");
    expect(yaml.startsWith("name: Code review\ndescription: ")).toBe(true);
    expect(yaml).toContain("  - id: review\n    kind: agent\n    title: Code review\n    dependsOn: []\n    agent: code_reviewer\n    agentVersion: latest\n");
    expect(yaml.endsWith("limits:\n  maxSteps: 5\n  stepTimeoutSeconds: 300\n  costCapUsd: 2\n")).toBe(true);
  });

  it("reads hand-written YAML without the defaults", () => {
    const text = ["name: Review", "steps:", "  - id: review", "    agent: code_reviewer", "    when: { fact: has_ai_features }", ""].join("\n");
    expect(parseWorkflowText(text, "yaml")).toStrictEqual({
      ok: true,
      data: { name: "Review", steps: [{ id: "review", agent: "code_reviewer", when: { fact: "has_ai_features" } }] },
    });
  });

  it("reports syntax errors with their position", () => {
    expect(parseWorkflowText("name: Review\nsteps:\n  - id: [review\n", "yaml")).toStrictEqual({
      ok: false,
      problems: [{ path: "", message: "YAML line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]" }],
    });
    expect(parseWorkflowText("name: A\nname: B\nsteps: []\n", "yaml")).toStrictEqual({
      ok: false,
      problems: [{ path: "", message: "YAML line 2, column 1: Map keys must be unique" }],
    });
    const json = parseWorkflowText('{ "name": "Review", }', "json");
    expect(json.ok).toBe(false);
    expect(!json.ok && json.problems[0]!.message.startsWith("not valid JSON: ")).toBe(true);
  });

  it("refuses empty, huge and alias-bomb texts", () => {
    expect(parseWorkflowText("  \n", "yaml")).toStrictEqual({ ok: false, problems: [{ path: "", message: "the text is empty" }] });
    expect(parseWorkflowText("x".repeat(200_001), "json")).toStrictEqual({ ok: false, problems: [{ path: "", message: "the text is 200001 characters; a workflow is at most 200000" }] });
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    const result = parseWorkflowText(bomb, "yaml");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toMatch(/^YAML: .*alias/i);
  });
});
