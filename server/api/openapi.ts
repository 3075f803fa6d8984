// The OpenAPI 3.1 document of /api/v1, generated from the endpoint table: the
// same zod schemas that validate requests describe them here (JSON Schema
// 2020-12, which OpenAPI 3.1 uses as is).
import { z } from "zod";
import type { TEndpoint } from "./endpoint";
import { PROBLEM_TYPE_BASE, problemKinds } from "./problem";

type TJson = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): TJson => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as TJson;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): TJson[] {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, TJson>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const problemRef = { $ref: "#/components/schemas/Problem" };

function errorResponses(endpoint: TEndpoint): TJson {
  const statuses = new Set([401, 429]);
  if (endpoint.permission) statuses.add(403);
  if (endpoint.params) statuses.add(404);
  if (endpoint.query || endpoint.body) statuses.add(422);
  if (endpoint.body) [400, 413, 415].forEach((s) => statuses.add(s));
  if (endpoint.method === "POST") statuses.add(409);
  const out: TJson = {};
  for (const status of [...statuses].sort()) {
    const kinds = Object.entries(problemKinds).filter(([, k]) => k.status === status);
    out[String(status)] = { description: kinds.map(([, k]) => k.title).join(" / "), content: { "application/problem+json": { schema: problemRef } } };
  }
  return out;
}

export function buildOpenApi(endpoints: TEndpoint[], info: { version: string; serverUrl?: string }): TJson {
  const paths: Record<string, Record<string, TJson>> = {};
  for (const endpoint of endpoints) {
    const status = String(endpoint.status ?? 200);
    const success: TJson =
      status === "204"
        ? { description: "Done, no content." }
        : endpoint.stream
          ? { description: "A stream of server-sent events.", content: { "text/event-stream": { schema: { type: "string" } } } }
          : { description: "Success.", content: { "application/json": { schema: endpoint.response ? toSchema(endpoint.response, "output") : {} } } };
    const operation: TJson = {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      ...(endpoint.permission ? { description: `Needs a key whose scopes grant \`${endpoint.permission}\`.` } : {}),
      parameters: [
        ...parameters(endpoint.params, "path"),
        ...parameters(endpoint.query, "query"),
        ...(endpoint.method === "POST" ? [{ name: "Idempotency-Key", in: "header", required: false, description: "Retry safely: the first response to this key is replayed for 24 h.", schema: { type: "string", maxLength: 255 } }] : []),
      ],
      ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(endpoint.body, "input") } } } } : {}),
      responses: { [status]: success, ...errorResponses(endpoint) },
    };
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "CoralCollective API",
      version: info.version,
      description:
        "Everything the dashboard does, for scripts and CI. Authenticate with an API key from Settings → API keys: `Authorization: Bearer cc_live_…`. Lists take `limit` (≤ 100) and `cursor` and answer `{ data, nextCursor }`. Failures are RFC 9457 problem details. Every answer carries `RateLimit-*` headers.",
    },
    servers: [{ url: `${info.serverUrl ?? ""}/api/v1` }],
    security: [{ apiKey: [] }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: cc_live_…" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail"],
          properties: {
            type: { type: "string", format: "uri", examples: [`${PROBLEM_TYPE_BASE}invalid-fields`] },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: { type: "array", items: { type: "object", required: ["field", "message"], properties: { field: { type: "string" }, message: { type: "string" } } } },
          },
        },
      },
    },
  };
}
