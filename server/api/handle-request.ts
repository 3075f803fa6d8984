// The REST request pipeline (DESIGN §13 `withApiKey`): route → key → rate
// limit → scope → validate → idempotency → handler → JSON. Every failure
// leaves as problem+json; nothing below this layer sees HTTP.
import { type z } from "zod";
import { scopeGrants, type TApiKeyScope } from "@/server/auth/api-key-scopes";
import { clientAddress } from "@/server/http/client-address";
import { authenticateApiKey } from "@/server/services/api-keys/authenticate-api-key";
import type { TApiCaller, TEndpoint } from "./endpoint";
import { abandonIdempotent, beginIdempotent, completeIdempotent } from "./idempotency";
import { ApiProblem, fieldErrors, problemResponse, toProblem } from "./problem";
import { limitAddress, limitKey, rateLimitHeaders } from "./rate-limit";
import { readJsonBody } from "./request-body";
import { compileRoutes } from "./route-table";

export type TApiDefinition = { endpoints: TEndpoint[]; publicDocuments: Record<string, () => unknown> };

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function createApiHandler(api: TApiDefinition) {
  const match = compileRoutes(api.endpoints);

  return async function handle(request: Request, path: string): Promise<Response> {
    let headers: Record<string, string> = {};
    let idempotencyRecord: string | null = null;
    try {
      const document = api.publicDocuments[path];
      if (document && request.method === "GET") return new Response(JSON.stringify(document()), { headers: { ...JSON_HEADERS, "cache-control": "public, max-age=300" } });

      const route = match(request.method, path);
      if (route.kind === "none") throw new ApiProblem("not-found", `There is no endpoint ${request.method} /api/v1${path}. See /api/v1/openapi.json.`);
      if (route.kind === "wrong-method") {
        throw new ApiProblem("method-not-allowed", `/api/v1${path} does not accept ${request.method}; it accepts ${route.allow.join(", ")}.`, { headers: { Allow: route.allow.join(", ") } });
      }
      const { endpoint } = route;

      const caller = await authenticate(request, (h) => (headers = h));
      const limited = await limitKey(caller);
      headers = rateLimitHeaders(limited);
      if (!limited.success) throw new ApiProblem("rate-limited", `This key made more than ${limited.limit} requests in the current window. Retry after ${headers["Retry-After"]} s.`);

      if (endpoint.permission && !scopeGrants(caller.scopes as TApiKeyScope[], endpoint.permission)) {
        throw new ApiProblem("forbidden", `This key's scopes (${caller.scopes.join(", ") || "none"}) do not allow ${endpoint.method} ${endpoint.path} (needs ${endpoint.permission}).`);
      }

      const params = endpoint.params ? endpoint.params.safeParse(route.params) : { success: true as const, data: undefined };
      if (!params.success) throw new ApiProblem("not-found", `Nothing found at /api/v1${path}.`);
      const query = parseOrProblem(endpoint.query, queryObject(request), "query");

      let body: unknown = undefined;
      let raw = "";
      if (endpoint.body) {
        const read = await readJsonBody(request);
        raw = read.raw;
        if (read.value === undefined) throw new ApiProblem("malformed-request", `${endpoint.method} ${endpoint.path} needs a JSON body.`);
        body = parseOrProblem(endpoint.body, read.value, "body");
      }

      const idempotencyKey = request.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (idempotencyKey !== null) {
        const start = await beginIdempotent(caller, idempotencyKey, { method: request.method, path, raw });
        if (start.kind === "replay") return json(start.status, start.body, { ...headers, "Idempotent-Replayed": "true" });
        idempotencyRecord = start.recordId;
      }

      let status: number = endpoint.status ?? 200;
      let result: unknown;
      try {
        result = await endpoint.handler({ params: params.data, query, body, caller, scope: { workspaceId: caller.workspaceId, actor: null, apiKeyId: caller.keyId, ip: clientAddress(request.headers) }, request });
      } catch (error) {
        const problem = toProblem(error);
        if (problem.status >= 500) console.error(`api: ${request.method} /api/v1${path} failed`, error);
        if (idempotencyRecord) {
          if (problem.status >= 500) await abandonIdempotent(idempotencyRecord);
          else await completeIdempotent(idempotencyRecord, problem.status, problem.toJSON());
          idempotencyRecord = null;
        }
        throw problem;
      }
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers)) result.headers.set(name, value);
        return result;
      }
      if (status === 204) result = undefined;
      if (idempotencyRecord) await completeIdempotent(idempotencyRecord, status, result ?? null);
      idempotencyRecord = null;
      if (result === undefined) status = 204;
      return json(status, result, headers);
    } catch (error) {
      const problem = toProblem(error);
      // Handler failures were logged (with their cause) where they were caught.
      if (problem.status >= 500 && !(error instanceof ApiProblem)) console.error(`api: ${request.method} /api/v1${path} failed`, error);
      if (idempotencyRecord) await abandonIdempotent(idempotencyRecord).catch(() => undefined);
      if (problem.kind === "unauthenticated") headers = { ...headers, "WWW-Authenticate": 'Bearer realm="CoralCollective API"' };
      return problemResponse(problem, headers);
    }
  };
}

async function authenticate(request: Request, setHeaders: (h: Record<string, string>) => void): Promise<TApiCaller> {
  const header = request.headers.get("authorization");
  const token = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? null;
  try {
    if (header && !token) throw new ApiProblem("unauthenticated", 'Send the key as "Authorization: Bearer cc_live_…".');
    return await authenticateApiKey(token);
  } catch (error) {
    // Failed or missing keys count against the client's address, so guessing is throttled.
    const limited = await limitAddress(request);
    setHeaders(rateLimitHeaders(limited));
    if (!limited.success) throw new ApiProblem("rate-limited", "Too many requests without a valid key from this address.");
    throw error;
  }
}

function queryObject(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) out[name] = value;
  return out;
}

/** The database cannot store NUL in text, and no field has a use for it: refuse it up front. */
function nulField(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulField(key, path, depth + 1) ?? nulField(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function parseOrProblem(schema: z.ZodType | undefined, value: unknown, where: "query" | "body"): unknown {
  if (!schema) return undefined;
  const nul = nulField(value, where);
  if (nul) throw new ApiProblem("invalid-fields", `${nul}: must not contain the NUL character (\\u0000).`, { errors: [{ field: nul, message: "Must not contain the NUL character." }] });
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error, where);
  throw new ApiProblem("invalid-fields", errors.map((e) => `${e.field}: ${e.message}`).join(" "), { errors });
}

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 204 || body === undefined) return new Response(null, { status: status === 204 ? 204 : status, headers });
  const type = status >= 400 ? { "content-type": "application/problem+json" } : {};
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...type, ...headers } });
}
