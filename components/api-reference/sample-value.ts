// A plausible value for a JSON Schema, for the request bodies of curl examples
// and the example responses: the schema's own examples, defaults and enum
// values first, then placeholders that satisfy its limits (length, range,
// format, pattern), so a copied example passes validation as it stands.
import { asSchema, isNullSchema, isRecord, mergeAllOf, resolveSchema, splitNullable, unionVariants, type TJsonSchema, type TSchemaContext } from "./json-schema";
import { sampleForPattern } from "./pattern-sample";

const MAX_DEPTH = 6;

const formatSamples: Record<string, string> = {
  "date-time": "2025-01-15T09:30:00Z",
  date: "2025-01-15",
  time: "09:30:00Z",
  duration: "PT1H",
  email: "dev@example.com",
  "idn-email": "dev@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  "uri-reference": "https://example.com",
  iri: "https://example.com",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uuid: "3f2b8a1e-5c4d-4e6f-8a9b-0c1d2e3f4a5b",
  cuid: "cjld2cjxh0000qzrmn831i7rn",
  cuid2: "tz4a98xxat96iws9zmbrgj3a",
  ulid: "01ARZ3NDEKTSV4RRFFQ69G5FAV",
  nanoid: "V1StGXR8_Z5jdHi6B-myT",
  base64: "aGVsbG8=",
  base64url: "aGVsbG8",
  jwt: "eyJhbGciOiJIUzI1NiJ9.e30.signature",
  emoji: "🪸",
};

/** A field that holds an id: `id`, `projectId`, `run_id`. */
export const isIdName = (name: string | undefined): boolean => name !== undefined && /(^id$|Id$|_id$|^ids?$)/.test(name);

/** Words from a field name: `repositoryUrl` → "repository url". */
export function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
}

function fitLength(text: string, schema: TJsonSchema): string {
  let out = text;
  const min = schema.minLength ?? 0;
  if (out.length < min) out = out.padEnd(min, "x");
  if (schema.maxLength !== undefined && out.length > schema.maxLength) out = out.slice(0, Math.max(schema.maxLength, min));
  return out;
}

/** What an id looks like in an example response (the app's ids are cuids). */
export const SAMPLE_ID = "cmhx2k9p40001qz8r7t6y5w4v";

/**
 * Readable values for a field, best first: `YOUR_PROJECT_ID` (an id the
 * caller fills in) or `Example name`, then forms that fit stricter patterns.
 */
export function stringCandidates(name: string | undefined, mode: TSampleMode = "request"): string[] {
  const parts = name ? words(name).split(" ").filter(Boolean) : [];
  if (isIdName(name) && mode === "response") return [SAMPLE_ID, `example-${parts.join("-")}`, `example_${parts.join("_")}`, "example"];
  if (isIdName(name) && parts.length) {
    return [`YOUR_${parts.join("_").toUpperCase()}`, `your-${parts.join("-")}`, `your_${parts.join("_")}`, `your${parts.join("")}`];
  }
  const last = parts[parts.length - 1];
  // Conventional names say what kind of text they hold, even without a format.
  const byName = name && /[a-z]At$|^(date|time|timestamp)$/.test(name) ? [formatSamples["date-time"]!] : last === "url" ? [formatSamples.uri!] : last === "email" ? [formatSamples.email!] : last === "slug" ? ["example-slug"] : [];
  return [
    ...byName,
    parts.length ? `Example ${parts.join(" ")}` : "example",
    ["example", ...parts].join("_"),
    ["example", ...parts].join("-"),
    ["example", ...parts].join(""),
    "example",
  ];
}

function sampleString(schema: TJsonSchema, name: string | undefined, mode: TSampleMode): string {
  const byFormat = schema.format ? formatSamples[schema.format] : undefined;
  if (byFormat !== undefined) return byFormat;
  const candidates = stringCandidates(name, mode);
  if (schema.pattern) {
    const matching = sampleForPattern(schema.pattern, candidates, schema);
    if (matching !== undefined) return matching;
  }
  return fitLength(candidates[0]!, schema);
}

function sampleNumber(schema: TJsonSchema, integer: boolean): number {
  const exclusiveMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : schema.exclusiveMinimum === true ? schema.minimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : schema.exclusiveMaximum === true ? schema.maximum : undefined;
  const step = integer ? 1 : 0.5;
  const low = exclusiveMin !== undefined ? exclusiveMin + step : schema.minimum;
  const high = exclusiveMax !== undefined ? exclusiveMax - step : schema.maximum;
  // The smallest allowed value is usually the least surprising one (limit=1 is a valid page size).
  let value = low !== undefined && Math.abs(low) < Number.MAX_SAFE_INTEGER ? low : 1;
  if (high !== undefined && value > high) value = high;
  if (integer) value = Math.ceil(value);
  if (schema.multipleOf) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return value;
}

/** The variant of a union an example should use: a real value before a null, a general one before a constant (`""`). */
function pickVariant(variants: unknown[]): unknown {
  const real = variants.filter((v) => !isNullSchema(asSchema(v)));
  return real.find((v) => asSchema(v).const === undefined) ?? real[0] ?? variants[0];
}

/**
 * `request`: only what is required (or, for an object with nothing required,
 * its first field), so the example passes checks the schema cannot state,
 * such as "send a or b, not both". `response`: every field.
 */
export type TSampleMode = "request" | "response";

type TOptions = { name?: string; depth: number; seen: readonly string[]; mode: TSampleMode };

function sample(input: unknown, context: TSchemaContext, options: TOptions): unknown {
  const resolved = resolveSchema(input, context, options.seen);
  const merged = mergeAllOf(resolved.schema, context, resolved.refs);
  const { schema, nullable } = splitNullable(merged);
  if (resolved.cycle) return nullable ? null : schema.type === "array" ? [] : {};
  const own = schema.examples?.[0] ?? schema.example;
  if (own !== undefined) return own;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const next = (child: unknown, name?: string) => sample(child, context, { ...options, name, depth: options.depth + 1, seen: resolved.refs });

  const variants = unionVariants(schema);
  if (variants) return next(pickVariant(variants), options.name);
  if (options.depth > MAX_DEPTH) return schema.type === "array" ? [] : schema.properties ? {} : null;

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types[0] ?? (schema.properties || schema.additionalProperties !== undefined ? "object" : schema.items !== undefined || schema.prefixItems ? "array" : undefined);
  switch (type) {
    case "string":
      return sampleString(schema, options.name, options.mode);
    case "integer":
      return sampleNumber(schema, true);
    case "number":
      return sampleNumber(schema, false);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      if (schema.prefixItems?.length) return schema.prefixItems.map((item) => next(item, options.name));
      if (schema.items === undefined || schema.items === false) return [];
      const itemName = options.name?.replace(/s$/, "");
      const count = Math.max(1, schema.minItems ?? 1);
      const items = asSchema(schema.items);
      const itemEnum = splitNullable(resolveSchema(items, context, resolved.refs).schema).schema.enum;
      // Distinct values where the array wants several unique ones.
      if (itemEnum?.length && count > 1) return itemEnum.slice(0, count);
      return Array.from({ length: count }, () => next(items, itemName));
    }
    case "object": {
      const out: Record<string, unknown> = {};
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const chosen = options.mode === "response" ? properties : properties.filter(([key]) => required.has(key));
      if (!chosen.length && properties[0]) chosen.push(properties[0]);
      for (const [key, property] of chosen) out[key] = next(property, key);
      const values = schema.additionalProperties;
      if (!schema.properties && isRecord(values) && Object.keys(values).length > 0) {
        const keys = schema.propertyNames ? resolveSchema(schema.propertyNames, context, resolved.refs).schema.enum : undefined;
        const key = typeof keys?.[0] === "string" ? keys[0] : "key";
        out[key] = next(values, key);
      }
      return out;
    }
    default:
      // Untyped (`z.unknown()`): an empty object is the value such fields most often take.
      return nullable ? null : {};
  }
}

/** A sample value for a schema inside an OpenAPI document; `name` is the field's name, for placeholders. */
export function sampleValue(input: unknown, context: TSchemaContext, options: { name?: string; mode?: TSampleMode } = {}): unknown {
  return sample(input, context, { name: options.name, depth: 0, seen: [], mode: options.mode ?? "request" });
}
