// The copyable curl command for an operation: its URL with sample path and
// required query values, the API key from `$CORAL_API_KEY`, an
// Idempotency-Key on POST, and a sample JSON body generated from the schema.
// Everything is quoted for POSIX shells, so the command runs as pasted.
import { isRecord, resolveSchema, splitNullable } from "./json-schema";
import type { TOperationView, TParameterView } from "./operations";
import { isIdName, sampleValue, words } from "./sample-value";

export const API_KEY_VARIABLE = "$CORAL_API_KEY";

/** Inside "double quotes": keep the text literal (no `$`, backtick or `\` expansion). */
export function shellDoubleQuoted(value: string): string {
  return `"${value.replace(/([\\"$`])/g, "\\$1")}"`;
}

/** Inside 'single quotes', where nothing expands; a quote closes, escapes and reopens. */
export function shellSingleQuoted(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The value a path, query or header parameter shows in the example: the
 * schema's example, default or first enum value, else a sample that fits its
 * limits — `YOUR_PROJECT_ID` for ids, `example` for free text.
 */
export function parameterSample(parameter: Pick<TParameterView, "name" | "schema" | "context">, nameHint: string = parameter.name): string {
  const { schema } = splitNullable(resolveSchema(parameter.schema, parameter.context).schema);
  const concrete = schema.examples?.[0] ?? schema.example ?? schema.const ?? schema.default ?? schema.enum?.[0];
  if (concrete !== undefined && concrete !== null) return typeof concrete === "string" ? concrete : JSON.stringify(concrete);
  const value = sampleValue(parameter.schema, parameter.context, { name: isIdName(nameHint) ? nameHint : undefined });
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** `{id}` after `/projects` names a project: `projectId`, so the sample reads `YOUR_PROJECT_ID`. */
export function pathParameterHint(path: string, name: string): string {
  if (name !== "id") return name;
  const segments = path.split("/").filter(Boolean);
  const before = segments[segments.indexOf(`{${name}}`) - 1];
  if (!before || before.startsWith("{")) return name;
  const singular = before.replace(/ies$/, "y").replace(/s$/, "").replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase());
  return `${singular}Id`;
}

/** The request URL: path parameters filled in, required query parameters appended. */
export function exampleUrl(baseUrl: string, operation: Pick<TOperationView, "path" | "parameters">): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const parameter = operation.parameters.find((p) => p.in === "path" && p.name === name);
    const hint = pathParameterHint(operation.path, name);
    return encodeURIComponent(parameter ? parameterSample(parameter, hint) : `YOUR_${words(hint).replace(/ /g, "_").toUpperCase()}`);
  });
  const query = operation.parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(parameterSample(p))}`)
    .join("&");
  return `${baseUrl.replace(/\/$/, "")}${path}${query ? `?${query}` : ""}`;
}

/** The sample JSON body of an operation, or undefined when it takes none. */
export function exampleBody(operation: Pick<TOperationView, "body">): unknown {
  if (!operation.body) return undefined;
  return sampleValue(operation.body.schema, operation.body.context);
}

export function buildCurl(operation: Pick<TOperationView, "method" | "path" | "parameters" | "headers" | "body" | "stream">, baseUrl: string): string {
  const method = operation.method.toUpperCase();
  const first = ["curl"];
  if (operation.stream) first.push("-N");
  if (method !== "GET" && !(method === "POST" && operation.body)) first.push("-X", method);
  first.push(shellDoubleQuoted(exampleUrl(baseUrl, operation)));

  const lines = [first.join(" ")];
  // Double quotes on purpose: the shell fills in the key from the environment.
  lines.push(`-H "Authorization: Bearer ${API_KEY_VARIABLE}"`);
  if (operation.stream) lines.push(`-H "Accept: text/event-stream"`);
  const idempotent = method === "POST" || operation.headers.some((h) => h.name.toLowerCase() === "idempotency-key");
  // A fresh key per paste: replaying the same command with another body would be refused (422).
  if (idempotent) lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
  for (const header of operation.headers) {
    const name = header.name.toLowerCase();
    if (!header.required || name === "idempotency-key" || name === "authorization" || name === "content-type") continue;
    lines.push(`-H ${shellDoubleQuoted(`${header.name}: ${parameterSample(header)}`)}`);
  }
  if (operation.body) {
    const body = exampleBody(operation);
    const isJson = /json/i.test(operation.body.contentType);
    lines.push(`-H ${shellDoubleQuoted(`Content-Type: ${operation.body.contentType}`)}`);
    const payload = isJson || isRecord(body) || Array.isArray(body) ? JSON.stringify(body, null, 2) : String(body);
    lines.push(`-d ${shellSingleQuoted(payload)}`);
  }
  return lines.join(" \\\n  ");
}
