import { describe, expect, it } from "vitest";

import { constraintsOf, lookupRef, resolveSchema, splitNullable, typeLabel, type TJsonSchema, type TSchemaContext } from "./json-schema";

const document = {
  components: {
    schemas: {
      Problem: { type: "object", properties: { type: { type: "string" } }, required: ["type"] },
      Alias: { $ref: "#/components/schemas/Problem" },
      "a/b": { type: "string" },
    },
  },
};
const ctx = (root: TJsonSchema = {}): TSchemaContext => ({ document, root });

describe("resolveSchema", () => {
  it("follows refs into components and the schema's own $defs, keeping sibling keywords", () => {
    const root: TJsonSchema = { $defs: { Thing: { type: "string", description: "inner" } } };
    expect(resolveSchema({ $ref: "#/components/schemas/Alias" }, ctx()).schema).toEqual(document.components.schemas.Problem);
    expect(resolveSchema({ $ref: "#/components/schemas/Alias" }, ctx()).name).toBe("Alias");
    expect(resolveSchema({ $ref: "#/$defs/Thing", description: "outer" }, ctx(root)).schema).toEqual({ type: "string", description: "outer" });
    expect(lookupRef("#/components/schemas/a~1b", ctx())).toEqual({ type: "string" });
  });

  it("reports a cycle instead of looping on a recursive schema", () => {
    const root: TJsonSchema = { $defs: { Node: { type: "object", properties: { child: { $ref: "#/$defs/Node" } } } } };
    const first = resolveSchema({ $ref: "#/$defs/Node" }, ctx(root));
    expect(first.cycle).toBe(false);
    expect(resolveSchema({ $ref: "#/$defs/Node" }, ctx(root), first.refs).cycle).toBe(true);
  });

  it("leaves an unknown ref as an empty schema named after it", () => {
    expect(resolveSchema({ $ref: "#/components/schemas/Missing" }, ctx())).toMatchObject({ schema: {}, name: "Missing", cycle: false });
  });
});

describe("splitNullable", () => {
  it("turns every spelling of 'or null' into a flag", () => {
    expect(splitNullable({ anyOf: [{ type: "string", description: "When" }, { type: "null" }] })).toEqual({ schema: { type: "string", description: "When" }, nullable: true });
    expect(splitNullable({ type: ["integer", "null"] })).toEqual({ schema: { type: "integer" }, nullable: true });
    expect(splitNullable({ type: "string", nullable: true }).nullable).toBe(true);
    expect(splitNullable({ enum: ["a", null] })).toEqual({ schema: { enum: ["a"] }, nullable: true });
  });

  it("keeps the remaining variants of a real union", () => {
    expect(splitNullable({ oneOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] })).toEqual({ schema: { oneOf: [{ type: "string" }, { type: "integer" }] }, nullable: true });
    expect(splitNullable({ anyOf: [{ type: "string" }, { type: "integer" }] }).nullable).toBe(false);
  });
});

describe("typeLabel", () => {
  it("names scalars, formats, arrays, maps, tuples and constants", () => {
    expect(typeLabel({ type: "string", format: "uri" }, ctx())).toBe("string (uri)");
    expect(typeLabel({ type: "integer" }, ctx())).toBe("integer");
    expect(typeLabel({ type: "array", items: { type: "array", items: { type: "string" } } }, ctx())).toBe("array<array<string>>");
    expect(typeLabel({ type: "object", propertyNames: { type: "string" }, additionalProperties: { type: "boolean" } }, ctx())).toBe("map<string, boolean>");
    expect(typeLabel({ type: "array", prefixItems: [{ type: "string" }, { type: "number" }], items: false }, ctx())).toBe("[string, number]");
    expect(typeLabel({ type: "string", const: "" }, ctx())).toBe('""');
    expect(typeLabel({ enum: ["a", "b"] }, ctx())).toBe("string");
    expect(typeLabel({}, ctx())).toBe("any");
  });

  it("writes unions and nullables with |", () => {
    expect(typeLabel({ anyOf: [{ type: "string", const: "" }, { type: "string", format: "uri" }] }, ctx())).toBe('"" | string (uri)');
    expect(typeLabel({ anyOf: [{ type: "object", properties: {} }, { type: "null" }] }, ctx())).toBe("object | null");
    expect(typeLabel({ type: ["string", "null"] }, ctx())).toBe("string | null");
  });

  it("uses a component's name for objects and the expansion for scalars", () => {
    expect(typeLabel({ $ref: "#/components/schemas/Problem" }, ctx())).toBe("Problem");
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/Problem" } }, ctx())).toBe("array<Problem>");
    expect(typeLabel({ $ref: "#/components/schemas/a~1b" }, ctx())).toBe("string");
  });
});

describe("constraintsOf", () => {
  it("states lengths, ranges, counts, defaults and examples in words", () => {
    expect(constraintsOf({ type: "string", minLength: 2, maxLength: 80 })).toEqual(["2–80 characters"]);
    expect(constraintsOf({ type: "string", maxLength: 2000 })).toEqual(["≤ 2,000 characters"]);
    expect(constraintsOf({ type: "integer", minimum: 1, maximum: 100, default: 20 })).toEqual(["1–100", "default: 20"]);
    expect(constraintsOf({ type: "number", exclusiveMinimum: 0, maximum: 5 })).toEqual(["≤ 5", "> 0"]);
    expect(constraintsOf({ type: "array", minItems: 1, maxItems: 1, uniqueItems: true })).toEqual(["exactly 1 item", "unique items"]);
    expect(constraintsOf({ type: "string", default: "active", examples: ["x"] })).toEqual(['default: "active"', 'e.g. "x"']);
    expect(constraintsOf({ type: "string", pattern: "^[a-z]+$" })).toEqual(["pattern ^[a-z]+$"]);
  });

  it("leaves out zod's safe-integer bounds and the pattern behind a format", () => {
    expect(constraintsOf({ type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 })).toEqual([]);
    expect(constraintsOf({ type: "integer", minimum: 0, maximum: 9007199254740991 })).toEqual(["≥ 0"]);
    expect(constraintsOf({ type: "string", format: "email", pattern: "^.+@.+$" })).toEqual([]);
  });

  it("reads OpenAPI 3.0's boolean exclusive bounds", () => {
    expect(constraintsOf({ type: "number", minimum: 0, exclusiveMinimum: true })).toEqual(["> 0"]);
  });
});
