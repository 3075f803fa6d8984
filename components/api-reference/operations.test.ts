import { describe, expect, it } from "vitest";

import { apiBasePath, apiBaseUrl, inlineCode, kindsForStatus, originFrom, permissionOf, pickContent, readOperations } from "./operations";

const ok = { "200": { description: "Success.", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" } } } } } } };

describe("readOperations", () => {
  it("groups operations by their first tag in the document's tag order, untagged ones last", () => {
    const groups = readOperations({
      tags: [{ name: "Workspace" }, { name: "Projects", description: "Things to run agents on." }],
      paths: {
        "/projects": { get: { operationId: "listProjects", tags: ["Projects"], responses: ok }, post: { operationId: "createProject", tags: ["Projects"], responses: ok } },
        "/me": { get: { operationId: "getMe", tags: ["Workspace"], responses: ok } },
        "/health": { get: { responses: ok } },
      },
    });
    expect(groups.map((g) => [g.name, g.operations.map((o) => o.id)])).toEqual([
      ["Workspace", ["getMe"]],
      ["Projects", ["listProjects", "createProject"]],
      ["Other", ["get-health"]],
    ]);
    expect(groups[1]!.description).toBe("Things to run agents on.");
    expect(groups[2]!.operations[0]!.summary).toBe("GET /health");
  });

  it("drops tags without operations and keeps anchors unique", () => {
    const groups = readOperations({ tags: [{ name: "Empty" }], paths: { "/a": { get: { operationId: "same", responses: ok } }, "/b": { get: { operationId: "same", responses: ok } } } });
    expect(groups.map((g) => g.name)).toEqual(["Other"]);
    expect(groups[0]!.operations.map((o) => o.id)).toEqual(["same", "same-2"]);
  });

  it("merges path-level parameters, follows parameter refs, and splits headers out", () => {
    const [group] = readOperations({
      components: { parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } } } },
      paths: {
        "/runs/{id}/events": {
          parameters: [{ name: "id", in: "path", schema: { type: "string" }, description: "old" }],
          get: {
            parameters: [{ name: "id", in: "path", schema: { type: "string" }, description: "The run." }, { $ref: "#/components/parameters/Limit" }, { name: "Last-Event-ID", in: "header", schema: { type: "string" } }],
            responses: { "200": { description: "Events.", content: { "text/event-stream": { schema: { type: "string" } } } }, "404": { description: "Not found" } },
          },
        },
      },
    });
    const operation = group!.operations[0]!;
    expect(operation.parameters.map((p) => [p.in, p.name, p.required, p.description, p.type, p.constraints])).toEqual([
      ["path", "id", true, "The run.", "string", []],
      ["query", "limit", false, undefined, "integer", ["1–100"]],
    ]);
    expect(operation.headers.map((h) => h.name)).toEqual(["Last-Event-ID"]);
    expect(operation.stream).toBe(true);
    expect(operation.responses.map((r) => [r.status, r.isError, r.contentType])).toEqual([
      ["200", false, "text/event-stream"],
      ["404", true, undefined],
    ]);
  });

  it("reads the request body and sorts responses by status", () => {
    const [group] = readOperations({
      paths: {
        "/projects": {
          post: {
            requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
            responses: { "422": { description: "Invalid fields" }, "201": ok["200"], default: { description: "Anything else" }, "4XX": { description: "Client error" } },
          },
        },
      },
    });
    const operation = group!.operations[0]!;
    expect(operation.body).toMatchObject({ contentType: "application/json", required: true, schema: { type: "object" } });
    expect(operation.responses.map((r) => r.status)).toEqual(["201", "4XX", "422", "default"]);
    expect(operation.responses.map((r) => r.isError)).toEqual([false, true, true, true]);
  });

  it("reads an empty or malformed document as no operations", () => {
    expect(readOperations({})).toEqual([]);
    expect(readOperations(null)).toEqual([]);
    expect(readOperations({ paths: { "/x": { get: "nope" } } })).toEqual([]);
  });
});

describe("pickContent", () => {
  it("prefers JSON, then any +json type", () => {
    expect(pickContent({ "text/plain": {}, "application/json": { schema: { type: "string" } } })).toEqual({ contentType: "application/json", schema: { type: "string" } });
    expect(pickContent({ "text/plain": {}, "application/problem+json": { schema: 1 } })?.contentType).toBe("application/problem+json");
    expect(pickContent(undefined)).toBeUndefined();
  });
});

describe("base URL", () => {
  it("makes the document's server absolute against the site's origin", () => {
    expect(apiBaseUrl({ servers: [{ url: "/api/v1" }] }, "http://localhost:3000/")).toBe("http://localhost:3000/api/v1");
    expect(apiBaseUrl({ servers: [{ url: "https://api.example.com/v1/" }] }, "http://localhost:3000")).toBe("https://api.example.com/v1");
    expect(apiBaseUrl({}, "http://localhost:3000")).toBe("http://localhost:3000");
    expect(apiBasePath({ servers: [{ url: "/api/v1" }] })).toBe("/api/v1");
    expect(apiBasePath({ servers: [{ url: "https://api.example.com/v1" }] })).toBe("/v1");
  });

  it("takes the origin from forwarded headers and refuses a host that is not one", () => {
    const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
    expect(originFrom(headers({ host: "localhost:3000" }), "http://fallback")).toBe("http://localhost:3000");
    expect(originFrom(headers({ host: "internal:3000", "x-forwarded-host": "coral.example.com", "x-forwarded-proto": "https,http" }), "http://fallback")).toBe("https://coral.example.com");
    expect(originFrom(headers({ host: 'evil.com"><script>' }), "http://fallback")).toBe("http://fallback");
    expect(originFrom(headers({}), "http://fallback")).toBe("http://fallback");
  });
});

describe("problems and permissions", () => {
  const kinds = { "invalid-fields": { status: 422, title: "Invalid fields" }, "idempotency-key-reused": { status: 422, title: "Idempotency key reused" }, "not-found": { status: 404, title: "Not found" } };

  it("lists every kind a status can stand for", () => {
    expect(kindsForStatus("422", kinds)).toEqual(["invalid-fields", "idempotency-key-reused"]);
    expect(kindsForStatus("404", kinds)).toEqual(["not-found"]);
    expect(kindsForStatus("418", kinds)).toEqual([]);
  });

  it("finds the permission a description names, ignoring other code", () => {
    const known = ["project.read", "run.start"];
    expect(permissionOf("Needs a key whose scopes grant `project.read`.", known)).toBe("project.read");
    expect(permissionOf("Send `Idempotency-Key`; needs `run.start`.", known)).toBe("run.start");
    expect(permissionOf("Needs `unknown.thing`.", known)).toBeUndefined();
    expect(permissionOf(undefined, known)).toBeUndefined();
  });
});

describe("inlineCode", () => {
  it("splits text at backticks", () => {
    expect(inlineCode("Needs `project.read` now.")).toEqual([
      { code: false, text: "Needs " },
      { code: true, text: "project.read" },
      { code: false, text: " now." },
    ]);
    expect(inlineCode("no code")).toEqual([{ code: false, text: "no code" }]);
    expect(inlineCode("a `` b")).toEqual([{ code: false, text: "a `` b" }]);
  });
});
