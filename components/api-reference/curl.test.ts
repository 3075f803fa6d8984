import { describe, expect, it } from "vitest";

import { buildCurl, exampleUrl, parameterSample, pathParameterHint, shellDoubleQuoted, shellSingleQuoted } from "./curl";
import { readOperations, type TOperationView } from "./operations";

const document = {
  openapi: "3.1.0",
  servers: [{ url: "/api/v1" }],
  paths: {
    "/projects": {
      get: {
        operationId: "listProjects",
        tags: ["Projects"],
        parameters: [{ name: "limit", in: "query", required: false, schema: { type: "integer", default: 20 } }],
        responses: { "200": { description: "Success." } },
      },
      post: {
        operationId: "createProject",
        tags: ["Projects"],
        parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["name"], properties: { name: { type: "string" }, note: { type: "string" } } } } } },
        responses: { "201": { description: "Success." } },
      },
    },
    "/projects/{id}": {
      delete: { operationId: "deleteProject", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "Done." } } },
      patch: {
        operationId: "updateProject",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { content: { "application/json": { schema: { type: "object", properties: { description: { type: "string", examples: ["It's ours"] } } } } } },
        responses: { "200": { description: "Success." } },
      },
    },
    "/runs/{id}/cancel": { post: { operationId: "cancelRun", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Success." } } } },
    "/runs/{id}/events": {
      get: {
        operationId: "streamRunEvents",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "Events.", content: { "text/event-stream": { schema: { type: "string" } } } } },
      },
    },
    "/memory/search": {
      get: {
        operationId: "searchMemory",
        parameters: [
          { name: "projectId", in: "query", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_.:-]+$" } },
          { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1 } },
          { name: "kind", in: "query", required: true, schema: { type: "string", enum: ["decision & note", "fact"] } },
          { name: "limit", in: "query", required: false, schema: { type: "integer" } },
        ],
        responses: { "200": { description: "Success." } },
      },
    },
  },
};

const operations = new Map<string, TOperationView>(readOperations(document).flatMap((g) => g.operations.map((o) => [o.id, o] as const)));
const op = (id: string) => operations.get(id)!;
const BASE = "https://coral.example.com/api/v1";

describe("buildCurl", () => {
  it("writes a GET with the key from the environment and no body", () => {
    expect(buildCurl(op("listProjects"), BASE)).toBe(['curl "https://coral.example.com/api/v1/projects" \\', '  -H "Authorization: Bearer $CORAL_API_KEY"'].join("\n"));
  });

  it("writes a POST with an Idempotency-Key, a JSON content type and a sample body of the required fields", () => {
    expect(buildCurl(op("createProject"), BASE)).toBe(
      [
        'curl "https://coral.example.com/api/v1/projects" \\',
        '  -H "Authorization: Bearer $CORAL_API_KEY" \\',
        '  -H "Idempotency-Key: $(uuidgen)" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '{\n  "name": "Example name"\n}'`,
      ].join("\n"),
    );
  });

  it("names the method when curl cannot infer it, and fills path ids after their collection", () => {
    expect(buildCurl(op("deleteProject"), BASE).split("\n")[0]).toBe('curl -X DELETE "https://coral.example.com/api/v1/projects/YOUR_PROJECT_ID" \\');
    expect(buildCurl(op("cancelRun"), BASE).split("\n")).toEqual([
      'curl -X POST "https://coral.example.com/api/v1/runs/YOUR_RUN_ID/cancel" \\',
      '  -H "Authorization: Bearer $CORAL_API_KEY" \\',
      '  -H "Idempotency-Key: $(uuidgen)"',
    ]);
  });

  it("quotes a body containing a single quote so the shell passes it through unchanged", () => {
    const curl = buildCurl(op("updateProject"), BASE);
    expect(curl).toContain(`-X PATCH "https://coral.example.com/api/v1/projects/YOUR_PROJECT_ID"`);
    expect(curl).toContain(`-d '{\n  "description": "It'\\''s ours"\n}'`);
    expect(curl).not.toContain("Idempotency-Key");
  });

  it("keeps the connection open for server-sent events", () => {
    expect(buildCurl(op("streamRunEvents"), BASE).split("\n")).toEqual([
      'curl -N "https://coral.example.com/api/v1/runs/YOUR_RUN_ID/events" \\',
      '  -H "Authorization: Bearer $CORAL_API_KEY" \\',
      '  -H "Accept: text/event-stream"',
    ]);
  });
});

describe("exampleUrl", () => {
  it("appends required query parameters only, URL-encoded", () => {
    expect(exampleUrl(BASE, op("searchMemory"))).toBe(`${BASE}/memory/search?projectId=YOUR_PROJECT_ID&q=example&kind=decision%20%26%20note`);
  });
});

describe("parameters", () => {
  it("samples from the schema: default first, then an id or free-text placeholder", () => {
    const limit = op("listProjects").parameters[0]!;
    expect(parameterSample(limit)).toBe("20");
    expect(parameterSample({ name: "id", schema: { type: "string" }, context: { document: {}, root: {} } }, "agentId")).toBe("YOUR_AGENT_ID");
  });

  it("names an {id} after the collection before it", () => {
    expect(pathParameterHint("/projects/{id}", "id")).toBe("projectId");
    expect(pathParameterHint("/memories/{id}/links", "id")).toBe("memoryId");
    expect(pathParameterHint("/api-keys/{id}", "id")).toBe("apiKeyId");
    expect(pathParameterHint("/runs/{runId}", "runId")).toBe("runId");
    expect(pathParameterHint("/{id}", "id")).toBe("id");
  });
});

describe("shell quoting", () => {
  it("keeps $, backticks, quotes and backslashes literal", () => {
    expect(shellDoubleQuoted('a"b$c`d\\e')).toBe('"a\\"b\\$c\\`d\\\\e"');
    expect(shellSingleQuoted("it's")).toBe(`'it'\\''s'`);
  });
});
