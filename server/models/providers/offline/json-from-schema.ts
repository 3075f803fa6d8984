// Deterministic values for a JSON Schema, so the offline model can answer
// structured-output calls (Output.object, generateObject) with an object that
// validates, with no model behind it. Same schema + seed → same value. Strings
// (formats, field-name hints, patterns) come from string-from-pattern.ts.
import type { JSONSchema7, JSONSchema7Definition } from "@ai-sdk/provider";
import { patternsOf, singular, stringFor } from "./string-from-pattern";

/** `patterns` collects every `pattern` that allOf merged, since all of them must hold. */
type TSchema = JSONSchema7 & { prefixItems?: JSONSchema7Definition[]; patterns?: string[] };
export type TJsonFromSchemaOptions = {
  /** Varies names, numbers and dates between prompts; the offline model passes its prompt hash. */
  seed?: string;
  /** A few words about the request, woven into free-text fields. */
  topic?: string;
};
type TAt = { root: TSchema; seed: string; topic: string; name: string; path: string; index: number; depth: number };

/** Past this depth recursive schemas stop growing: optional parts are left out, arrays shrink, nullables go null. */
const SHALLOW_DEPTH = 5;

export function jsonFromSchema(schema: JSONSchema7Definition, options: TJsonFromSchemaOptions = {}): unknown {
  const root: TSchema = typeof schema === "object" ? schema : {};
  return generate(schema, { root, seed: options.seed ?? "", topic: options.topic ?? "", name: "", path: "", index: 0, depth: 0 });
}

/** FNV-1a: a cheap stable hash, so each field varies with the seed yet never between runs. */
function hash(at: TAt, salt = ""): number {
  let h = 0x811c9dc5;
  for (const ch of `${at.seed}|${at.path}|${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const child = (at: TAt, name: string, index = 0): TAt => ({ ...at, name, path: `${at.path}/${name}#${index}`, index, depth: at.depth + 1 });
const shallow = (at: TAt) => at.depth > SHALLOW_DEPTH;
const isNull = (d: JSONSchema7Definition) => typeof d === "object" && (d.type === "null" || d.const === null);

function merge(a: TSchema, b: TSchema): TSchema {
  const max = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  const min = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
  return {
    ...a,
    ...b,
    properties: a.properties || b.properties ? { ...a.properties, ...b.properties } : undefined,
    required: a.required || b.required ? [...new Set([...(a.required ?? []), ...(b.required ?? [])])] : undefined,
    minimum: max(a.minimum, b.minimum),
    maximum: min(a.maximum, b.maximum),
    minLength: max(a.minLength, b.minLength),
    maxLength: min(a.maxLength, b.maxLength),
    minItems: max(a.minItems, b.minItems),
    maxItems: min(a.maxItems, b.maxItems),
    patterns: [...new Set([...patternsOf(a), ...patternsOf(b)])],
  };
}


function lookup(root: TSchema, ref: string): TSchema {
  if (!ref.startsWith("#")) return {};
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node && typeof node === "object" ? (node as TSchema) : {};
}

/** Follow $ref and fold allOf, so the generator sees one flat schema. */
function resolve(schema: TSchema, root: TSchema): TSchema {
  let out = schema;
  for (let hops = 0; out.$ref && hops < 32; hops++) {
    const { $ref, ...siblings } = out;
    out = merge(lookup(root, $ref), siblings);
  }
  if (out.allOf) {
    const { allOf, ...rest } = out;
    out = allOf.reduce<TSchema>((acc, d) => merge(acc, resolve(typeof d === "object" ? d : {}, root)), rest);
  }
  return out;
}

function typeOf(s: TSchema, preferNull: boolean): string {
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (types.length) return (preferNull && types.includes("null") ? "null" : types.find((t) => t !== "null")) ?? "null";
  if (s.properties || s.additionalProperties !== undefined || s.required) return "object";
  if (s.items || s.prefixItems) return "array";
  if (s.minimum !== undefined || s.maximum !== undefined || s.exclusiveMinimum !== undefined || s.exclusiveMaximum !== undefined) return "number";
  return "string";
}

function generate(def: JSONSchema7Definition | undefined, at: TAt): unknown {
  if (def === false || at.depth > 40) return null;
  const s = resolve(def === undefined || def === true ? {} : def, at.root);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[at.index % s.enum.length];
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) {
    const pick = (shallow(at) ? branches.find(isNull) : branches.find((b) => !isNull(b))) ?? branches[0]!;
    const { anyOf: _a, oneOf: _o, ...siblings } = s;
    return generate(merge(siblings, typeof pick === "object" ? resolve(pick, at.root) : {}), at);
  }
  switch (typeOf(s, shallow(at))) {
    case "object":
      return objectFor(s, at);
    case "array":
      return arrayFor(s, at);
    case "integer":
      return numberFor(s, at, true);
    case "number":
      return numberFor(s, at, false);
    case "boolean":
      return hash(at) % 2 === 0;
    case "null":
      return null;
    default:
      return stringFor(s, { name: at.name, topic: at.topic, roll: (salt) => hash(at, salt) });
  }
}

function objectFor(s: TSchema, at: TAt): Record<string, unknown> {
  const required = new Set(s.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    if (shallow(child(at, key)) && !required.has(key)) continue;
    out[key] = generate(prop, child(at, key));
  }
  // A record (no fixed properties): every key when the names are an enum, else one entry.
  if (!s.properties && typeof s.additionalProperties === "object") {
    const names = typeof s.propertyNames === "object" ? resolve(s.propertyNames, at.root) : {};
    const keys = names.enum?.map(String) ?? [String(generate(names, child(at, singular(at.name) || "key")))];
    keys.forEach((key, i) => (out[key] = generate(s.additionalProperties, child(at, key, i))));
  }
  return out;
}

function arrayFor(s: TSchema, at: TAt): unknown[] {
  const tuple = s.prefixItems ?? (Array.isArray(s.items) ? s.items : undefined);
  const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
  const fallback = tuple ? tuple.length : shallow(child(at, "item")) ? 0 : 2;
  const count = Math.min(Math.max(fallback, s.minItems ?? 0), s.maxItems ?? Number.POSITIVE_INFINITY);
  const item = singular(at.name) || "item";
  return Array.from({ length: count }, (_, i) => generate(tuple?.[i] ?? rest, child(at, item, i)));
}

function numberFor(s: TSchema, at: TAt, integer: boolean): number {
  const exMin = s.exclusiveMinimum;
  const exMax = s.exclusiveMaximum;
  // An exclusive bound with no integer step in between: step half-way towards the other bound.
  const inward = (bound: number, other?: number) => (integer ? 1 : other === undefined ? 1 : Math.min(1, Math.abs(other - bound) / 2));
  let lo = Math.max(s.minimum ?? -Infinity, exMin === undefined ? -Infinity : exMin + inward(exMin, s.maximum ?? exMax));
  let hi = Math.min(s.maximum ?? Infinity, exMax === undefined ? Infinity : exMax - inward(exMax, s.minimum ?? exMin));
  if (integer) [lo, hi] = [Math.ceil(lo), Math.floor(hi)];
  const h = hash(at);
  // A narrow integer range is sampled across; otherwise a modest natural number, clamped into range.
  let value = integer && hi - lo <= 1000 ? lo + (h % (hi - lo + 1)) : integer ? 1 + (h % 100) : (10 + (h % 990)) / 10;
  value = Math.min(Math.max(value, lo), hi);
  if (s.multipleOf) {
    const m = s.multipleOf;
    const up = Math.ceil(value / m) * m;
    value = Number((up > hi ? Math.floor(value / m) * m : up).toPrecision(12));
  }
  return value;
}
