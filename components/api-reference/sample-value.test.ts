import { describe, expect, it } from "vitest";

import type { TJsonSchema } from "./json-schema";
import { schemaContext } from "./schema-rows";
import { SAMPLE_ID, sampleValue, stringCandidates, words } from "./sample-value";

const sample = (schema: TJsonSchema, options: Parameters<typeof sampleValue>[2] = {}, document: unknown = {}) => sampleValue(schema, schemaContext(document, schema), options);

describe("sampleValue", () => {
  it("uses the schema's examples, const, default and enum before anything invented", () => {
    expect(sample({ type: "string", examples: ["mvp"], default: "x" })).toBe("mvp");
    expect(sample({ type: "string", const: "agent" })).toBe("agent");
    expect(sample({ type: "integer", default: 20, minimum: 1 })).toBe(20);
    expect(sample({ type: "string", enum: ["active", "archived"] })).toBe("active");
  });

  it("invents strings that fit formats, names, lengths and patterns", () => {
    expect(sample({ type: "string", format: "date-time" })).toBe("2025-01-15T09:30:00Z");
    expect(sample({ type: "string", format: "uri" })).toBe("https://example.com");
    expect(sample({ type: "string" }, { name: "repositoryName" })).toBe("Example repository name");
    expect(sample({ type: "string", minLength: 10 }, { name: "task" })).toBe("Example task");
    expect(sample({ type: "string", minLength: 16 }, { name: "task" })).toBe("Example taskxxxx");
    expect(sample({ type: "string", maxLength: 4 }, { name: "task" })).toBe("Exam");
    expect(sample({ type: "string" }, { name: "projectId" })).toBe("YOUR_PROJECT_ID");
    expect(sample({ type: "string" }, { name: "createdAt" })).toBe("2025-01-15T09:30:00Z");
    expect(sample({ type: "string" }, { name: "webhookUrl" })).toBe("https://example.com");
    expect(sample({ type: "string" }, { name: "slug" })).toBe("example-slug");
    expect(sample({ type: "string" }, { name: "format" })).toBe("Example format");
    expect(sample({ type: "string", pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, { name: "agent" })).toBe("example_agent");
    expect(sample({ type: "string", pattern: "^(openai|anthropic):\\S+$" }, { name: "model" })).toBe("openai:example");
  });

  it("picks numbers inside the range", () => {
    expect(sample({ type: "integer", minimum: 10, maximum: 3600 })).toBe(10);
    expect(sample({ type: "integer", exclusiveMinimum: 0 })).toBe(1);
    expect(sample({ type: "number", exclusiveMinimum: 0, maximum: 0.25 })).toBe(0.25);
    expect(sample({ type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 })).toBe(1);
    expect(sample({ type: "integer", minimum: 3, multipleOf: 5 })).toBe(5);
  });

  it("sends only required fields in requests, or the first field when none is required", () => {
    const body: TJsonSchema = {
      type: "object",
      required: ["projectId", "input"],
      properties: {
        projectId: { type: "string" },
        note: { type: "string" },
        input: { type: "object", required: ["task"], properties: { task: { type: "string" }, version: { type: "integer" } } },
      },
    };
    expect(sample(body)).toEqual({ projectId: "YOUR_PROJECT_ID", input: { task: "Example task" } });
    expect(sample({ type: "object", properties: { name: { type: "string" }, archived: { type: "boolean" } } })).toEqual({ name: "Example name" });
  });

  it("fills every field of a response", () => {
    const response: TJsonSchema = {
      type: "object",
      required: ["data", "nextCursor"],
      properties: {
        data: { type: "array", items: { type: "object", properties: { id: { type: "string" }, archived: { type: "boolean" } } } },
        nextCursor: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
    };
    expect(sample(response, { mode: "response" })).toEqual({ data: [{ id: SAMPLE_ID, archived: true }], nextCursor: "Example next cursor" });
  });

  it("chooses a real union variant over null and over a constant", () => {
    expect(sample({ anyOf: [{ type: "null" }, { type: "integer", minimum: 2 }] })).toBe(2);
    expect(sample({ anyOf: [{ type: "string", const: "" }, { type: "string", format: "uri" }] })).toBe("https://example.com");
    expect(sample({ type: ["string", "null"] }, { name: "comment" })).toBe("Example comment");
  });

  it("builds maps with an allowed key, arrays with enough distinct items, tuples, and untyped values", () => {
    expect(sample({ type: "object", propertyNames: { enum: ["needs_mobile"] }, additionalProperties: { type: "boolean" } })).toEqual({ needs_mobile: true });
    expect(sample({ type: "object", additionalProperties: { type: "string" } })).toEqual({ key: "Example key" });
    expect(sample({ type: "array", minItems: 2, uniqueItems: true, items: { enum: ["read", "write", "admin"] } })).toEqual(["read", "write"]);
    expect(sample({ type: "array", items: { type: "string" } }, { name: "scopes" })).toEqual(["Example scope"]);
    expect(sample({ type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false })).toEqual(["example", 1]);
    expect(sample({})).toEqual({});
  });

  it("resolves refs and stops at recursion", () => {
    const document = { components: { schemas: { Person: { type: "object", required: ["email"], properties: { email: { type: "string", format: "email" } } } } } };
    expect(sample({ $ref: "#/components/schemas/Person" }, {}, document)).toEqual({ email: "dev@example.com" });
    const tree: TJsonSchema = {
      $ref: "#/$defs/Node",
      $defs: { Node: { type: "object", required: ["name", "children"], properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/Node" } } } } },
    };
    expect(sample(tree)).toEqual({ name: "Example name", children: [{}] });
  });
});

describe("field names as words", () => {
  it("splits camelCase, snake_case and kebab-case", () => {
    expect(words("repositoryUrl")).toBe("repository url");
    expect(words("step_timeout-seconds")).toBe("step timeout seconds");
    expect(stringCandidates("runId")[0]).toBe("YOUR_RUN_ID");
    expect(stringCandidates(undefined)[0]).toBe("example");
  });
});
