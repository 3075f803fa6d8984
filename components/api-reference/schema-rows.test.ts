import { describe, expect, it } from "vitest";

import type { TJsonSchema } from "./json-schema";
import { schemaContext, schemaTable, type TSchemaRow } from "./schema-rows";

const table = (schema: TJsonSchema, document: unknown = {}) => schemaTable(schema, schemaContext(document, schema));
const brief = (rows: TSchemaRow[]) => rows.map((r) => `${"  ".repeat(r.depth)}${r.name}: ${r.type}${r.required ? " *" : ""}`);

describe("schemaTable", () => {
  it("lists nested object fields under their parent, with required marks and limits", () => {
    const result = table({
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 2, maxLength: 80, description: "Shown in the dashboard." },
        settings: { type: "object", properties: { repositoryUrl: { anyOf: [{ type: "string", const: "" }, { type: "string", format: "uri" }] } } },
      },
    });
    expect(brief(result.rows)).toEqual(["name: string *", "settings: object", '  repositoryUrl: "" | string (uri)']);
    expect(result.rows[0]).toMatchObject({ key: "name", description: "Shown in the dashboard.", constraints: ["2–80 characters"] });
    expect(result.rows[2]!.key).toBe("settings.repositoryUrl");
    expect(result.closed).toBe(true);
  });

  it("lists the fields of array items under the array, and enum values of items", () => {
    const result = table({
      type: "object",
      properties: {
        data: { type: "array", items: { type: "object", required: ["id"], properties: { id: { type: "string" } } } },
        scopes: { type: "array", items: { type: "string", enum: ["read", "write"], maxLength: 10 } },
        nextCursor: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
      required: ["data", "nextCursor"],
    });
    expect(brief(result.rows)).toEqual(["data: array<object> *", "  id: string *", "scopes: array<string>", "nextCursor: string | null *"]);
    expect(result.rows[1]!.key).toBe("data[].id");
    expect(result.rows[2]).toMatchObject({ values: ["read", "write"], valuesOf: "item", constraints: ["each ≤ 10 characters"] });
    expect(result.rows[3]!.nullable).toBe(true);
  });

  it("keeps the description zod writes inside a nullable's variant", () => {
    const result = table({ type: "object", properties: { archivedAt: { anyOf: [{ type: "string", description: "ISO 8601 date-time, UTC." }, { type: "null" }] } } });
    expect(result.rows[0]).toMatchObject({ type: "string | null", nullable: true, description: "ISO 8601 date-time, UTC." });
  });

  it("shows a map's allowed keys, and a {key} entry when its values have fields", () => {
    const result = table({
      type: "object",
      properties: {
        facts: { type: "object", propertyNames: { type: "string", enum: ["has_ai_features", "needs_mobile"] }, additionalProperties: { type: "boolean" } },
        limits: { type: "object", additionalProperties: { type: "object", properties: { max: { type: "integer", minimum: 1 } } } },
      },
    });
    expect(brief(result.rows)).toEqual(["facts: map<string, boolean>", "limits: map<string, object>", "  {key}: object", "    max: integer"]);
    expect(result.rows[0]!.keys).toEqual(["has_ai_features", "needs_mobile"]);
    expect(result.rows[3]!.constraints).toEqual(["≥ 1"]);
  });

  it("gives each variant of a union of objects a row, named by its discriminator", () => {
    const result = table({
      type: "object",
      properties: {
        step: {
          oneOf: [
            { type: "object", required: ["kind"], properties: { kind: { type: "string", const: "agent" }, agent: { type: "string" } } },
            { type: "object", required: ["kind"], properties: { kind: { type: "string", const: "approval" }, prompt: { type: "string" } } },
          ],
        },
      },
    });
    expect(brief(result.rows)).toEqual([
      "step: object (one of 2)",
      '  kind: "agent": object',
      '    kind: "agent" *',
      "    agent: string",
      '  kind: "approval": object',
      '    kind: "approval" *',
      "    prompt: string",
    ]);
    expect(result.rows[1]).toMatchObject({ kind: "variant", key: "step(1)" });
  });

  it("names variants without a discriminator by title, ref or position", () => {
    const document = { components: { schemas: { Card: { type: "object", properties: { last4: { type: "string" } } } } } };
    const result = table(
      { anyOf: [{ $ref: "#/components/schemas/Card" }, { title: "Bank", type: "object", properties: { iban: { type: "string" } } }, { type: "object", properties: { x: { type: "string" } } }] },
      document,
    );
    expect(result.rows.filter((r) => r.kind === "variant").map((r) => r.name)).toEqual(["Card", "Bank", "Option 3"]);
  });

  it("resolves $refs into components and merges allOf", () => {
    const document = { components: { schemas: { Base: { type: "object", required: ["id"], properties: { id: { type: "string" } } } } } };
    const result = table({ allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { name: { type: "string" } } }] }, document);
    expect(brief(result.rows)).toEqual(["id: string *", "name: string"]);
  });

  it("stops at a recursive schema and says so", () => {
    const schema: TJsonSchema = {
      type: "object",
      properties: { tree: { $ref: "#/$defs/__schema0" } },
      $defs: { __schema0: { type: "object", required: ["name"], properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/__schema0" } } } } },
    };
    const result = table(schema);
    expect(brief(result.rows)).toEqual(["tree: object", "  name: string *", "  children: array<object>"]);
    expect(result.rows[2]!.recursive).toBe(true);
  });

  it("has no rows for a body that is not an object", () => {
    expect(table({ type: "array", items: { type: "string" } })).toMatchObject({ type: "array<string>", rows: [], closed: false });
  });
});
