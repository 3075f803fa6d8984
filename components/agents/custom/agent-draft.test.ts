import { describe, expect, it } from "vitest";

import { builtInAgent } from "@/server/agents/catalogue";

import { definitionFromDraft, draftFromBody, fieldLabel, fieldOfServerError, firstError, sameDefinition, validateDraft } from "./agent-draft";

function reviewerDraft() {
  const { source: _source, ...body } = builtInAgent("code_reviewer")!;
  return draftFromBody(body);
}

describe("agent draft", () => {
  it("round-trips a definition without changes", () => {
    const draft = reviewerDraft();
    const { source: _source, id: _id, ...body } = builtInAgent("code_reviewer")!;
    expect(definitionFromDraft(draft)).toEqual(body);
    expect(sameDefinition(draft, reviewerDraft())).toBe(true);
  });

  it("treats whitespace the server trims as no change", () => {
    const draft = reviewerDraft();
    const edited = { ...draft, name: ` ${draft.name} `, sections: { ...draft.sections, Role: `${draft.sections.Role}\n\n` } };
    expect(sameDefinition(edited, draft)).toBe(true);
  });

  it("puts schema problems on the fields, in the product's words", () => {
    const draft = reviewerDraft();
    const { input, errors } = validateDraft(
      {
        ...draft,
        name: "ab",
        capabilities: ["one"],
        outputs: [{ ...draft.outputs[0]!, type: "Not Snake" }],
        tools: [{ rowId: "t", server: "", operations: ["read"] }],
        sections: { ...draft.sections, Handoff: "tbd" },
      },
      "strict_reviewer",
      "",
    );
    expect(input).toBeNull();
    expect(errors).toMatchObject({
      name: "Use at least 3 characters.",
      capabilities: "Add at least 3.",
      "outputs.0.type": "Use snake_case, e.g. backend_developer.",
      "tools.0": "Name the tool server, e.g. github.",
      "sections.Handoff": "Write at least 20 characters; this looks empty or like a stub.",
    });
    expect(firstError(errors)).toEqual({ field: "name", message: "Use at least 3 characters." });
  });

  it("returns the publish input when there is nothing to fix", () => {
    const { input, errors } = validateDraft(reviewerDraft(), "strict_reviewer", " Tighter verdicts ");
    expect(errors).toEqual({});
    expect(input).toMatchObject({ key: "strict_reviewer", note: "Tighter verdicts", definition: { name: "Code Reviewer" } });
  });

  it("finds the field a server message names", () => {
    expect(fieldOfServerError('section "Task template": unknown placeholder {{x}}; known: task, inputs')).toEqual({
      field: "sections.Task template",
      message: "Unknown placeholder {{x}}; use one of the placeholders listed above the template.",
    });
    expect(fieldOfServerError('nextAgents.0: no agent with id "ghost"')).toEqual({ field: "nextAgents", message: 'No agent with id "ghost".' });
    expect(fieldOfServerError("definition.sections.Output format: is empty or a stub")).toMatchObject({ field: "sections.Output format" });
    expect(fieldOfServerError("definition.outputs.1.name: Too small")).toMatchObject({ field: "outputs.1.name" });
    expect(fieldOfServerError("Someone published a new version at the same time.")).toEqual({
      field: "form",
      message: "Someone published a new version at the same time.",
    });
    expect(fieldLabel("outputs.1.name")).toBe("Output 2 name");
    expect(fieldLabel("nextAgents")).toBe("Hands off to");
  });
});
