import { describe, expect, it } from "vitest";
import { builtInAgent } from "./catalogue";
import { parseAgentResponse } from "./parse-response";
import { responseContract } from "./response-contract";

const writer = builtInAgent("technical_writer_phase1")!;
const spec = "# Requirements\n\n## Goals\n\nTeams track tasks on boards.";
const openapi = "openapi: 3.1.0\ninfo:\n  title: Tasks\n  version: 1.0.0\npaths: {}";
const ddl = "CREATE TABLE boards (\n  id uuid PRIMARY KEY\n);";

const answer = `Here you go.
<deliverable type="requirements_document" format="markdown">
${spec}
</deliverable>
<deliverable type="api_specification" format="yaml" path="api/openapi.yaml">
\`\`\`yaml
${openapi}
\`\`\`
</deliverable>
<deliverable type="data_model" format="sql">
${ddl}
</deliverable>
<handoff to="backend_developer">
summary: The API and schema are ready for implementation.
next_tasks:
  - Implement GET /boards with cursor pagination
  - Add the boards migration
</handoff>`;

describe("parseAgentResponse", () => {
  it("extracts every declared deliverable and the handoff", () => {
    const parsed = parseAgentResponse(answer, writer);
    expect(parsed.problems).toEqual([]);
    expect(parsed.deliverables.map((d) => d.type)).toEqual(["requirements_document", "api_specification", "data_model"]);
    expect(parsed.deliverables[1]).toMatchObject({ content: openapi, path: "api/openapi.yaml", format: "yaml" });
    expect(parsed.deliverables[2]!.path).toBe(writer.outputs.find((o) => o.type === "data_model")!.path ?? null);
    expect(parsed.handoffs).toEqual([
      { to: "backend_developer", summary: "The API and schema are ready for implementation.", nextTasks: ["Implement GET /boards with cursor pagination", "Add the boards migration"] },
    ]);
  });

  it("reports missing, unknown, duplicate and empty blocks", () => {
    const broken = answer
      .replace(/<deliverable type="data_model"[\s\S]*?<\/deliverable>/, '<deliverable type="wishlist">something long enough here</deliverable>')
      .replace("<handoff to=\"backend_developer\">", "<handoff to=\"cto\">")
      .concat(`\n<deliverable type="requirements_document">${spec}</deliverable>`);
    const problems = parseAgentResponse(broken, writer).problems;
    expect(problems).toEqual([
      expect.stringContaining('<deliverable type="wishlist"> is not one of this agent\'s outputs'),
      expect.stringContaining('<handoff to="cto"> names an agent this one does not hand off to'),
      '<deliverable type="requirements_document"> appears more than once.',
      'The <deliverable type="data_model"> block is missing.',
    ]);
  });

  it("round-trips the contract the renderer asks for", () => {
    const contract = responseContract(writer);
    for (const o of writer.outputs) expect(contract).toContain(`<deliverable type="${o.type}"`);
    // Fill the contract's blocks the way a model would.
    const filled = contract
      .slice(contract.indexOf("<deliverable"))
      .replace(/…the (.+?)…/g, (_, name: string) => `Real content for the ${name}, long enough to count.`)
      .replace("summary: two or three sentences on what you produced and what is still open", "summary: Done.");
    const parsed = parseAgentResponse(filled, writer);
    expect(parsed.problems).toEqual([]);
    expect(parsed.deliverables.map((d) => d.type)).toEqual(writer.outputs.map((o) => o.type));
    expect(parsed.handoffs[0]).toMatchObject({ to: writer.nextAgents[0], summary: "Done." });
  });
});
