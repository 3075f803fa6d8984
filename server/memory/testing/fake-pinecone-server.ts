// A test-only Pinecone on 127.0.0.1: enough of the data-plane REST API
// (upsert, query, delete, fetch, describe_index_stats) and of the control
// plane (describe index, to resolve a host) for the real SDK to run against.
// Paths, JSON field names and headers are the ones @pinecone-database/pinecone
// 9.x sends (API version 2026-07). The index is dense, cosine, immediately
// consistent (real Pinecone is eventually consistent), and every request is
// recorded for assertions.
import type { ServerResponse } from "node:http";
import { cosine } from "@/server/memory/embedders/embedder";
import { flatHeaders, isRecord, listenLocally, parseJson, readBody, sendJson } from "@/server/models/testing/local-http";

type TScalar = string | number | boolean;
export type TFakeMetadataValue = TScalar | string[];
export type TFakeMetadata = Record<string, TFakeMetadataValue>;
export type TFakePineconeVector = { id: string; values: number[]; metadata?: TFakeMetadata };

export type TFakePineconeRequest = {
  method: string;
  path: string;
  query: Record<string, string[]>;
  /** Lower-case names, e.g. `api-key`, `x-pinecone-api-version`. */
  headers: Record<string, string>;
  body: unknown;
};

export type TFakePinecone = {
  /** Serves both the index host and the control plane. */
  url: string;
  apiKey: string;
  indexName: string;
  dimension: number;
  requests: TFakePineconeRequest[];
  /** What a namespace holds now, sorted by id. */
  vectors(namespace: string): TFakePineconeVector[];
  namespaces(): string[];
  close(): Promise<void>;
};

export type TFakePineconeOptions = { apiKey?: string; indexName?: string; dimension?: number };

const DEFAULT_NAMESPACE = "__default__";
const MAX_UPSERT = 1000;
const MAX_DELETE_IDS = 1000;
const MAX_TOP_K = 10_000;
const MAX_TOP_K_WITH_DATA = 1000;

class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const bad = (message: string): never => {
  throw new FakeHttpError(400, message);
};

export async function startFakePineconeServer(options: TFakePineconeOptions = {}): Promise<TFakePinecone> {
  const apiKey = options.apiKey ?? "pc-test-key";
  const indexName = options.indexName ?? "coral-memory";
  const dimension = options.dimension ?? 384;
  const requests: TFakePineconeRequest[] = [];
  const store = new Map<string, Map<string, TFakePineconeVector>>();
  let url = "";

  const namespaceOf = (value: unknown): string => {
    if (value === undefined || value === "") return DEFAULT_NAMESPACE;
    if (typeof value !== "string") return bad("namespace must be a string");
    return value;
  };

  const checkValues = (values: unknown, what: string): number[] => {
    if (!Array.isArray(values) || !values.every((v): v is number => typeof v === "number" && Number.isFinite(v))) {
      return bad(`${what}: values must be an array of finite numbers`);
    }
    if (values.length !== dimension) {
      return bad(`Vector dimension ${values.length} does not match the dimension of the index ${dimension}`);
    }
    if (values.every((v) => v === 0)) return bad(`${what}: dense vectors must contain at least one non-zero value`);
    return values;
  };

  const routes: Record<string, (body: unknown, query: Record<string, string[]>) => unknown> = {
    "POST /vectors/upsert": (body) => {
      if (!isRecord(body) || !Array.isArray(body.vectors)) return bad("vectors is required");
      if (body.vectors.length === 0 || body.vectors.length > MAX_UPSERT) {
        return bad(`upsert takes 1 to ${MAX_UPSERT} vectors, got ${body.vectors.length}`);
      }
      const parsed = body.vectors.map((vector: unknown): TFakePineconeVector => {
        if (!isRecord(vector) || typeof vector.id !== "string" || vector.id === "") return bad("every vector needs an id");
        const values = checkValues(vector.values, `vector ${vector.id}`);
        const metadata = vector.metadata === undefined ? undefined : checkMetadata(vector.metadata);
        return { id: vector.id, values: [...values], ...(metadata ? { metadata } : {}) };
      });
      const namespace = namespaceOf(body.namespace);
      const records = store.get(namespace) ?? new Map<string, TFakePineconeVector>();
      store.set(namespace, records);
      for (const vector of parsed) records.set(vector.id, vector);
      return { upsertedCount: parsed.length };
    },

    "POST /query": (body) => {
      if (!isRecord(body)) return bad("a JSON body is required");
      const includeValues = body.includeValues === true;
      const includeMetadata = body.includeMetadata === true;
      const topK = body.topK;
      const limit = includeValues || includeMetadata ? MAX_TOP_K_WITH_DATA : MAX_TOP_K;
      if (typeof topK !== "number" || !Number.isInteger(topK) || topK < 1 || topK > limit) {
        return bad(`topK must be an integer from 1 to ${limit}`);
      }
      const namespace = namespaceOf(body.namespace);
      const records = store.get(namespace);
      let vector: number[];
      if (body.vector !== undefined) vector = checkValues(body.vector, "query");
      else if (typeof body.id === "string") {
        const byId = records?.get(body.id);
        if (!byId) return { matches: [], namespace, usage: { readUnits: 1 } };
        vector = byId.values;
      } else return bad("either vector or id is required");
      const matches = body.filter === undefined ? () => true : compileFilter(body.filter);
      const scored = [...(records?.values() ?? [])]
        .filter((record) => matches(record.metadata ?? {}))
        .map((record) => ({ record, score: cosine(vector, record.values) }))
        .sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id))
        .slice(0, topK);
      return {
        matches: scored.map(({ record, score }) => ({
          id: record.id,
          score,
          values: includeValues ? record.values : [],
          ...(includeMetadata && record.metadata ? { metadata: record.metadata } : {}),
        })),
        namespace,
        usage: { readUnits: 1 },
      };
    },

    "POST /vectors/delete": (body) => {
      if (!isRecord(body)) return bad("a JSON body is required");
      const namespace = namespaceOf(body.namespace);
      const given = [body.ids !== undefined, body.deleteAll === true, body.filter !== undefined].filter(Boolean).length;
      if (given !== 1) return bad("give exactly one of ids, deleteAll or filter");
      const records = store.get(namespace);
      if (!records) throw new FakeHttpError(404, "Namespace not found");
      if (body.deleteAll === true) records.clear();
      else if (body.ids !== undefined) {
        const ids = body.ids;
        if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_DELETE_IDS) {
          return bad(`ids must hold 1 to ${MAX_DELETE_IDS} ids`);
        }
        for (const id of ids) if (typeof id === "string") records.delete(id);
      } else {
        if (!isRecord(body.filter) || Object.keys(body.filter).length === 0) return bad("filter must not be empty");
        const matches = compileFilter(body.filter);
        for (const [id, record] of records) if (matches(record.metadata ?? {})) records.delete(id);
      }
      return {};
    },

    "GET /vectors/fetch": (_body, query) => {
      const ids = query.ids ?? [];
      if (ids.length === 0) return bad("ids is required");
      const namespace = namespaceOf(query.namespace?.[0]);
      const records = store.get(namespace);
      const vectors: Record<string, TFakePineconeVector> = {};
      for (const id of ids) {
        const record = records?.get(id);
        if (record) vectors[id] = record;
      }
      return { vectors, namespace, usage: { readUnits: 1 } };
    },

    "GET /describe_index_stats": () => describeStats(store, dimension, undefined),
    "POST /describe_index_stats": (body) =>
      describeStats(store, dimension, isRecord(body) && body.filter !== undefined ? compileFilter(body.filter) : undefined),
  };

  const describeIndex = () => ({
    name: indexName,
    host: url,
    status: { ready: true, state: "Ready" },
    deployment: { deployment_type: "managed", cloud: "aws", region: "us-east-1" },
    schema: { fields: { _values: { type: "dense_vector", dimension, metric: "cosine" } } },
    deletion_protection: "disabled",
  });

  const server = await listenLocally(async (req, res) => {
    const requestUrl = new URL(req.url ?? "/", "http://fake-pinecone");
    const text = await readBody(req);
    const body = text ? parseJson(text) : undefined;
    const query: Record<string, string[]> = {};
    for (const [key, value] of requestUrl.searchParams) (query[key] ??= []).push(value);
    const path = requestUrl.pathname;
    requests.push({ method: req.method ?? "GET", path, query, headers: flatHeaders(req), body });

    if (req.headers["api-key"] !== apiKey) return sendError(res, 401, "Invalid API key", path);
    if (req.method === "GET" && path.startsWith("/indexes/")) {
      const name = decodeURIComponent(path.slice("/indexes/".length));
      if (name !== indexName) return sendError(res, 404, `Index ${name} not found.`, path);
      return sendJson(res, 200, describeIndex());
    }
    const route = routes[`${req.method} ${path}`];
    if (!route) return sendError(res, 404, `No route for ${req.method} ${path}`, path);
    if (text && body === undefined) return sendError(res, 400, "The request body is not JSON", path);
    try {
      sendJson(res, 200, route(body, query));
    } catch (error) {
      if (error instanceof FakeHttpError) return sendError(res, error.status, error.message, path);
      throw error;
    }
  });
  url = server.url;

  return {
    url,
    apiKey,
    indexName,
    dimension,
    requests,
    vectors: (namespace) =>
      [...(store.get(namespace)?.values() ?? [])]
        .map((v) => structuredClone(v))
        .sort((a, b) => a.id.localeCompare(b.id)),
    namespaces: () => [...store.keys()].sort(),
    close: () => server.close(),
  };
}

// The control plane answers `{ error: { code, message }, status }`; the data
// plane answers gRPC-style `{ code, message, details }`.
function sendError(res: ServerResponse, status: number, message: string, path: string) {
  if (path.startsWith("/indexes")) {
    const code = status === 401 ? "UNAUTHENTICATED" : status === 404 ? "NOT_FOUND" : "INVALID_ARGUMENT";
    return sendJson(res, status, { error: { code, message }, status });
  }
  const grpc = status === 401 ? 16 : status === 404 ? 5 : 3;
  return sendJson(res, status, { code: grpc, message, details: [] });
}

function describeStats(
  store: Map<string, Map<string, TFakePineconeVector>>,
  dimension: number,
  filter: TPredicate | undefined,
) {
  const namespaces: Record<string, { vectorCount: number }> = {};
  let total = 0;
  for (const [namespace, records] of store) {
    const count = [...records.values()].filter((r) => !filter || filter(r.metadata ?? {})).length;
    namespaces[namespace] = { vectorCount: count };
    total += count;
  }
  return { namespaces, dimension, indexFullness: 0, totalVectorCount: total, metric: "cosine", vectorType: "dense" };
}

function checkMetadata(value: unknown): TFakeMetadata {
  if (!isRecord(value)) return bad("metadata must be an object");
  const metadata: TFakeMetadata = {};
  for (const [key, v] of Object.entries(value)) {
    if (isScalar(v)) metadata[key] = v;
    else if (Array.isArray(v) && v.every((item): item is string => typeof item === "string")) metadata[key] = [...v];
    else {
      return bad(
        `Metadata value must be a string, number, boolean or list of strings, got '${JSON.stringify(v)}' for field '${key}'`,
      );
    }
  }
  return metadata;
}

type TPredicate = (metadata: TFakeMetadata) => boolean;

/** Pinecone's metadata filter language: field operators plus `$and` / `$or`; a bare value means `$eq`. */
export function compileFilter(filter: unknown): TPredicate {
  if (!isRecord(filter)) return bad("filter must be an object");
  const parts = Object.entries(filter).map(([key, condition]): TPredicate => {
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(condition) || condition.length === 0) return bad(`${key} takes a non-empty array`);
      const subs = condition.map(compileFilter);
      return key === "$and" ? (m) => subs.every((s) => s(m)) : (m) => subs.some((s) => s(m));
    }
    if (key.startsWith("$")) return bad(`unknown operator ${key}`);
    if (!isRecord(condition)) return compileOperator(key, "$eq", condition);
    const operators = Object.entries(condition).map(([op, operand]) => compileOperator(key, op, operand));
    return (m) => operators.every((o) => o(m));
  });
  return (m) => parts.every((p) => p(m));
}

function compileOperator(field: string, op: string, operand: unknown): TPredicate {
  const has = (value: TFakeMetadataValue | undefined, wanted: TScalar) =>
    value !== undefined && (Array.isArray(value) ? value.some((v) => v === wanted) : value === wanted);
  switch (op) {
    case "$eq":
    case "$ne": {
      if (!isScalar(operand)) return bad(`${op} on ${field} takes a string, number or boolean`);
      return op === "$eq" ? (m) => has(m[field], operand) : (m) => !has(m[field], operand);
    }
    case "$in":
    case "$nin": {
      if (!Array.isArray(operand) || !operand.every(isScalar)) return bad(`${op} on ${field} takes an array of values`);
      const wanted: TScalar[] = operand;
      const any = (m: TFakeMetadata) => wanted.some((w) => has(m[field], w));
      return op === "$in" ? any : (m) => !any(m);
    }
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte": {
      if (typeof operand !== "number") return bad(`${op} on ${field} takes a number`);
      const compare = {
        $gt: (v: number) => v > operand,
        $gte: (v: number) => v >= operand,
        $lt: (v: number) => v < operand,
        $lte: (v: number) => v <= operand,
      }[op];
      return (m) => {
        const value = m[field];
        return typeof value === "number" && compare(value);
      };
    }
    case "$exists": {
      if (typeof operand !== "boolean") return bad(`$exists on ${field} takes a boolean`);
      return (m) => (m[field] !== undefined) === operand;
    }
    default:
      return bad(`unknown operator ${op} on ${field}`);
  }
}

function isScalar(value: unknown): value is TScalar {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}
