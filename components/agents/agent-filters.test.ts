import { describe, expect, it } from "vitest";

import type { TAgentSummary } from "@/server/services/agents/agent-views";

import { allCapabilities, matchesAgent, parseCategoryTab } from "./agent-filters";
import { sampleTask } from "./agent-meta";

function agent(overrides: Partial<TAgentSummary>): TAgentSummary {
  return {
    id: "backend_developer",
    name: "Backend Developer",
    category: "specialist",
    description: "Implements the server side against the API specification.",
    capabilities: ["api-implementation", "input-validation"],
    modelTier: "balanced",
    inputs: ["api_specification"],
    outputs: [{ type: "backend_implementation", name: "Backend implementation", format: "markdown" }],
    nextAgents: [],
    builtIn: true,
    custom: null,
    ...overrides,
  };
}

describe("matchesAgent", () => {
  const backend = agent({});

  it("matches every word against name, description and capabilities, case-insensitively", () => {
    expect(matchesAgent(backend, { query: "BACKEND", capability: null })).toBe(true);
    expect(matchesAgent(backend, { query: "server specification", capability: null })).toBe(true);
    expect(matchesAgent(backend, { query: "input validation", capability: null })).toBe(true);
    expect(matchesAgent(backend, { query: "server mobile", capability: null })).toBe(false);
  });

  it("requires the chosen capability", () => {
    expect(matchesAgent(backend, { query: "", capability: "input-validation" })).toBe(true);
    expect(matchesAgent(backend, { query: "", capability: "threat-modeling" })).toBe(false);
  });
});

describe("allCapabilities", () => {
  it("lists each capability once, sorted", () => {
    const agents = [agent({}), agent({ id: "qa", capabilities: ["e2e-testing", "input-validation"] })];
    expect(allCapabilities(agents)).toEqual(["api-implementation", "e2e-testing", "input-validation"]);
  });
});

describe("parseCategoryTab", () => {
  it("accepts the three categories and falls back to all", () => {
    expect(parseCategoryTab("assessment")).toBe("assessment");
    expect(parseCategoryTab("bogus")).toBe("all");
    expect(parseCategoryTab(null)).toBe("all");
  });
});

describe("sampleTask", () => {
  it("names the deliverables, keeping acronyms intact", () => {
    const writer = agent({
      category: "core",
      outputs: [
        { type: "requirements_document", name: "Requirements document", format: "markdown" },
        { type: "api_specification", name: "API specification (OpenAPI 3.1)", format: "yaml" },
        { type: "data_model", name: "Data model (SQL DDL)", format: "sql" },
      ],
    });
    expect(sampleTask(writer)).toMatch(/^Write the requirements document, API specification \(OpenAPI 3\.1\) and data model \(SQL DDL\) for /);
  });
});
