// The OpenAPI document read into what the reference page shows: operations
// grouped by tag (in the document's tag order), each with its parameters,
// request body, responses and the problem kinds its error statuses stand for.
// Nothing here knows which endpoints exist; a new path in the document is a
// new section on the page.
import { asSchema, constraintsOf, isRecord, resolveSchema, splitNullable, typeLabel, type TSchemaContext } from "./json-schema";
import { schemaContext } from "./schema-rows";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "head", "options", "trace"] as const;
export type THttpMethodLower = (typeof HTTP_METHODS)[number];

export type TParameterView = {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  deprecated: boolean;
  description?: string;
  type: string;
  constraints: string[];
  values: unknown[];
  schema: unknown;
  context: TSchemaContext;
};

export type TBodyView = { contentType: string; required: boolean; schema: unknown; context: TSchemaContext };

export type TResponseView = {
  status: string;
  description: string;
  contentType?: string;
  schema?: unknown;
  context?: TSchemaContext;
  isError: boolean;
};

export type TOperationView = {
  /** The anchor: the operationId, or one made from method and path. */
  id: string;
  method: THttpMethodLower;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  deprecated: boolean;
  parameters: TParameterView[];
  headers: TParameterView[];
  body?: TBodyView;
  responses: TResponseView[];
  /** Answers server-sent events. */
  stream: boolean;
};

export type TTagGroup = { name: string; description?: string; operations: TOperationView[] };

const UNTAGGED = "Other";

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

function resolveObject(value: unknown, document: unknown): Record<string, unknown> {
  // Parameters, bodies and responses may themselves be `$ref`s into components.
  if (isRecord(value) && typeof value.$ref === "string") {
    const target = resolveSchema(value, { document, root: {} }).schema;
    return isRecord(target) ? target : {};
  }
  return isRecord(value) ? value : {};
}

function parameterView(raw: unknown, document: unknown): TParameterView | undefined {
  const p = resolveObject(raw, document);
  const name = text(p.name);
  const where = p.in;
  if (!name || (where !== "path" && where !== "query" && where !== "header" && where !== "cookie")) return undefined;
  const context = schemaContext(document, p.schema);
  const { schema } = splitNullable(resolveSchema(p.schema, context).schema);
  return {
    name,
    in: where,
    required: where === "path" || p.required === true,
    deprecated: p.deprecated === true,
    description: text(p.description) ?? schema.description,
    type: typeLabel(p.schema, context),
    constraints: constraintsOf(schema),
    values: schema.enum ?? [],
    schema: p.schema ?? {},
    context,
  };
}

/** The JSON-ish entry of a content map: `application/json` first, then any `+json`, then whatever there is. */
export function pickContent(content: unknown): { contentType: string; schema: unknown } | undefined {
  if (!isRecord(content)) return undefined;
  const types = Object.keys(content);
  const chosen = types.find((t) => t === "application/json") ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
  if (!chosen) return undefined;
  const media = content[chosen];
  return { contentType: chosen, schema: isRecord(media) ? media.schema : undefined };
}

function responseViews(responses: unknown, document: unknown): TResponseView[] {
  if (!isRecord(responses)) return [];
  const order = (status: string) => (status === "default" ? 1000 : Number.parseInt(status.replace(/X/gi, "0"), 10) || 999);
  return Object.entries(responses)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([status, raw]) => {
      const r = resolveObject(raw, document);
      const content = pickContent(r.content);
      const hasSchema = content?.schema !== undefined && Object.keys(asSchema(content.schema)).length > 0;
      return {
        status,
        description: text(r.description) ?? "",
        contentType: content?.contentType,
        schema: hasSchema ? content?.schema : undefined,
        context: hasSchema ? schemaContext(document, content?.schema) : undefined,
        isError: status === "default" || order(status) >= 400,
      };
    });
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[{}]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every operation of the document, grouped by its first tag; tags in the document's order, then any others. */
export function readOperations(document: unknown): TTagGroup[] {
  const doc = isRecord(document) ? document : {};
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const groups = new Map<string, TTagGroup>();
  for (const tag of Array.isArray(doc.tags) ? doc.tags : []) {
    const name = isRecord(tag) ? text(tag.name) : undefined;
    if (name && !groups.has(name)) groups.set(name, { name, description: isRecord(tag) ? text(tag.description) : undefined, operations: [] });
  }
  const usedIds = new Set<string>();

  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveObject(rawItem, doc);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      // Operation parameters override path-level ones of the same name and place.
      const byKey = new Map<string, TParameterView>();
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const view = parameterView(raw, doc);
        if (view) byKey.set(`${view.in}:${view.name}`, view);
      }
      const all = [...byKey.values()];
      const requestBody = resolveObject(op.requestBody, doc);
      const bodyContent = pickContent(requestBody.content);
      const responses = responseViews(op.responses, doc);

      let id = text(op.operationId) ?? slug(`${method} ${path}`);
      for (let n = 2; usedIds.has(id); n++) id = `${text(op.operationId) ?? slug(`${method} ${path}`)}-${n}`;
      usedIds.add(id);

      const tag = (Array.isArray(op.tags) ? op.tags.map(text).find(Boolean) : undefined) ?? UNTAGGED;
      if (!groups.has(tag)) groups.set(tag, { name: tag, operations: [] });
      groups.get(tag)!.operations.push({
        id,
        method,
        path,
        summary: text(op.summary) ?? `${method.toUpperCase()} ${path}`,
        description: text(op.description),
        tag,
        deprecated: op.deprecated === true,
        parameters: all.filter((p) => p.in === "path" || p.in === "query"),
        headers: all.filter((p) => p.in === "header"),
        body: bodyContent ? { contentType: bodyContent.contentType, required: requestBody.required === true, schema: bodyContent.schema ?? {}, context: schemaContext(doc, bodyContent.schema) } : undefined,
        responses,
        stream: responses.some((r) => !r.isError && r.contentType === "text/event-stream"),
      });
    }
  }
  return [...groups.values()].filter((g) => g.operations.length > 0);
}

/** The base URL requests go to: the document's first server, made absolute against the site's origin. */
export function apiBaseUrl(document: unknown, origin: string): string {
  const servers = isRecord(document) && Array.isArray(document.servers) ? document.servers : [];
  const url = (isRecord(servers[0]) ? text(servers[0].url) : undefined) ?? "/";
  if (/^https?:\/\//i.test(url)) return url.replace(/\/$/, "");
  return `${origin.replace(/\/$/, "")}/${url.replace(/^\//, "")}`.replace(/\/$/, "");
}

/** The path part of the base URL (`/api/v1`), for links inside this site. */
export function apiBasePath(document: unknown): string {
  const servers = isRecord(document) && Array.isArray(document.servers) ? document.servers : [];
  const url = (isRecord(servers[0]) ? text(servers[0].url) : undefined) ?? "";
  try {
    return new URL(url, "http://x").pathname.replace(/\/$/, "");
  } catch {
    return "";
  }
}

export type TProblemKinds = Record<string, { status: number; title: string }>;

/** The problem kinds a response status can carry: `422` → invalid-fields, idempotency-key-reused. */
export function kindsForStatus(status: string, kinds: TProblemKinds): string[] {
  const code = Number(status);
  return Object.entries(kinds)
    .filter(([, kind]) => kind.status === code)
    .map(([name]) => name);
}

/** The permission an operation's description names (`` `project.read` ``), if it is one the app knows. */
export function permissionOf(description: string | undefined, known: readonly string[]): string | undefined {
  if (!description) return undefined;
  for (const match of description.matchAll(/`([^`]+)`/g)) if (known.includes(match[1]!)) return match[1];
  return undefined;
}

export type TTextPart = { code: boolean; text: string };

/** Text with `inline code` marked, the only markup the document's descriptions use. */
export function inlineCode(value: string): TTextPart[] {
  const parts: TTextPart[] = [];
  value.split(/(`[^`]+`)/).forEach((piece) => {
    if (!piece) return;
    const code = piece.length > 2 && piece.startsWith("`") && piece.endsWith("`");
    parts.push({ code, text: code ? piece.slice(1, -1) : piece });
  });
  return parts;
}

/** The request's origin as the browser sees it, from the Host and X-Forwarded-* headers; a fallback when they look wrong. */
export function originFrom(headers: { get(name: string): string | null }, fallback: string): string {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim();
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(host)) return fallback;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  // Without a proxy in front, Node itself answered: plain http.
  const scheme = proto === "https" ? "https" : "http";
  return `${scheme}://${host}`;
}
