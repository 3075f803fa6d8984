// The reference against the real /api/v1 document: as endpoints are added,
// every one must still render, and every example body must pass the very
// schema the endpoint validates with. A failure here usually means a new
// field needs `.meta({ examples: [...] })` in its zod schema.
import { describe, expect, it } from "vitest";

import { problemKinds } from "@/server/api/problem";
import { openApiDocument, v1Endpoints } from "@/server/api/v1";

import { buildCurl, exampleBody } from "./curl";
import { kindsForStatus, readOperations } from "./operations";
import { problemDescriptions } from "./problem-descriptions";
import { schemaContext, schemaTable } from "./schema-rows";

const document = openApiDocument();
const operations = readOperations(document).flatMap((group) => group.operations);

describe("the API reference of /api/v1", () => {
  it("shows every endpoint once, under its operationId", () => {
    expect(operations.map((o) => o.id).sort()).toEqual(v1Endpoints.map((e) => e.operationId).sort());
    for (const endpoint of v1Endpoints) {
      const operation = operations.find((o) => o.id === endpoint.operationId)!;
      expect([operation.method, operation.path, operation.summary]).toEqual([endpoint.method.toLowerCase(), endpoint.path, endpoint.summary]);
    }
  });

  it.each(v1Endpoints.filter((e) => e.body).map((e) => [e.operationId, e] as const))("%s: the example body passes the endpoint's own validation", (id, endpoint) => {
    const operation = operations.find((o) => o.id === id)!;
    const body = exampleBody(operation);
    const parsed = endpoint.body!.safeParse(body);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`), JSON.stringify(body)).toEqual([]);
    expect(schemaTable(operation.body!.schema, operation.body!.context).rows.length).toBeGreaterThan(0);
  });

  it("builds a curl command for every operation with the method, URL and key", () => {
    for (const operation of operations) {
      const curl = buildCurl(operation, "http://localhost:3000/api/v1");
      expect(curl).toContain('-H "Authorization: Bearer $CORAL_API_KEY"');
      expect(curl).toMatch(/^curl (-N )?(-X [A-Z]+ )?"http:\/\/localhost:3000\/api\/v1\//);
      expect(curl).not.toMatch(/[{}]"/); // every {param} of the path was filled in
      if (operation.method === "post") expect(curl).toContain("Idempotency-Key: $(uuidgen)");
    }
  });

  it("links every error status to at least one documented problem kind", () => {
    for (const operation of operations) {
      for (const response of operation.responses.filter((r) => r.isError)) {
        expect(kindsForStatus(response.status, problemKinds), `${operation.id} ${response.status}`).not.toEqual([]);
      }
    }
  });

  it("explains every problem kind", () => {
    expect(Object.keys(problemKinds).filter((kind) => !problemDescriptions[kind as keyof typeof problemKinds])).toEqual([]);
  });

  it("reads the Problem schema from the document's components", () => {
    const ref = { $ref: "#/components/schemas/Problem" };
    const rows = schemaTable(ref, schemaContext(document, ref)).rows;
    expect(rows.map((r) => [r.name, r.type, r.required])).toEqual([
      ["type", "string (uri)", true],
      ["title", "string", true],
      ["status", "integer", true],
      ["detail", "string", true],
      ["errors", "array<object>", false],
      ["field", "string", true],
      ["message", "string", true],
    ]);
  });
});
