// The generated document is valid OpenAPI 3.1 and describes every endpoint.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument, v1Endpoints } from "./v1";

describe("openapi.json", () => {
  const document = openApiDocument() as { paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[]; responses: Record<string, unknown> }>> };

  it("validates against the OpenAPI 3.1 schema", async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has one operation per endpoint, with unique ids and its path parameters", () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations).toHaveLength(v1Endpoints.length);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of operations) {
      const declared = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(declared);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "429"]));
    }
  });
});
