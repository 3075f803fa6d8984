// The JSON Schema vocabulary the API reference reads (what zod's
// `toJSONSchema` emits for draft 2020-12, plus OpenAPI 3.0's `nullable` and
// `example`), and the helpers every reader shares: following `$ref`s, telling
// a nullable wrapper from a real union, and naming a schema's type and limits
// in a few words.

export type TJsonSchema = {
  $ref?: string;
  $defs?: Record<string, TJsonSchema>;
  definitions?: Record<string, TJsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  properties?: Record<string, TJsonSchema | boolean>;
  required?: string[];
  additionalProperties?: TJsonSchema | boolean;
  propertyNames?: TJsonSchema;
  items?: TJsonSchema | boolean;
  prefixItems?: (TJsonSchema | boolean)[];
  anyOf?: (TJsonSchema | boolean)[];
  oneOf?: (TJsonSchema | boolean)[];
  allOf?: (TJsonSchema | boolean)[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  example?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
};

/**
 * Where `$ref`s point: `#/components/…` into the OpenAPI document, `#/$defs/…`
 * and `#` into the schema they were generated with (zod puts shared and
 * recursive schemas there).
 */
export type TSchemaContext = { document: unknown; root: TJsonSchema };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A boolean schema (`true` = anything, `false` = nothing) as an object, so readers handle one shape. */
export function asSchema(value: unknown): TJsonSchema {
  return isRecord(value) ? (value as TJsonSchema) : {};
}

function walkPointer(base: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return base;
  let node: unknown = base;
  for (const raw of pointer.replace(/^\//, "").split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The schema a local `$ref` names, or undefined when it points nowhere (or outside this document). */
export function lookupRef(ref: string, context: TSchemaContext): TJsonSchema | undefined {
  if (!ref.startsWith("#")) return undefined;
  const pointer = ref.slice(1);
  const found = pointer.startsWith("/components/") ? walkPointer(context.document, pointer) : (walkPointer(context.root, pointer) ?? walkPointer(context.document, pointer));
  return isRecord(found) ? (found as TJsonSchema) : undefined;
}

/** A readable name for a ref target: `Problem` for components, named `$defs`; none for zod's generated `__schema0`. */
export function refName(ref: string): string | undefined {
  const last = ref.split("/").pop() ?? "";
  if (!last || last === "#" || last.startsWith("__")) return undefined;
  return decodeURIComponent(last).replace(/~1/g, "/").replace(/~0/g, "~");
}

export type TResolved = { schema: TJsonSchema; name?: string; cycle: boolean; refs: readonly string[] };

/**
 * Follows `$ref` chains. `seen` holds the refs already being expanded above
 * this point, so a recursive schema reports a cycle instead of looping.
 * Sibling keywords next to a `$ref` (a description, say) win over the target's.
 */
export function resolveSchema(input: unknown, context: TSchemaContext, seen: readonly string[] = []): TResolved {
  let schema = asSchema(input);
  let name: string | undefined;
  let refs = seen;
  for (let hops = 0; schema.$ref !== undefined && hops < 32; hops++) {
    const ref = schema.$ref;
    name ??= refName(ref);
    if (refs.includes(ref)) return { schema: { description: schema.description }, name, cycle: true, refs };
    const target = lookupRef(ref, context);
    const { $ref: _followed, ...siblings } = schema;
    refs = [...refs, ref];
    if (!target) return { schema: siblings, name: name ?? ref, cycle: false, refs };
    schema = { ...target, ...siblings };
  }
  return { schema, name, cycle: false, refs };
}

const typesOf = (schema: TJsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

export function isNullSchema(schema: TJsonSchema): boolean {
  const types = typesOf(schema);
  return (types.length === 1 && types[0] === "null") || (schema.const === null && types.every((t) => t === "null"));
}

/** `allOf` folded into one schema: properties and required lists merged, the rest shallowly. */
export function mergeAllOf(schema: TJsonSchema, context: TSchemaContext, seen: readonly string[]): TJsonSchema {
  if (!schema.allOf?.length) return schema;
  const { allOf, ...rest } = schema;
  let merged: TJsonSchema = {};
  for (const part of allOf) {
    const resolved = mergeAllOf(resolveSchema(part, context, seen).schema, context, seen);
    merged = {
      ...merged,
      ...resolved,
      properties: { ...merged.properties, ...resolved.properties },
      required: [...(merged.required ?? []), ...(resolved.required ?? [])],
    };
  }
  const out: TJsonSchema = { ...merged, ...rest, properties: { ...merged.properties, ...rest.properties }, required: [...new Set([...(merged.required ?? []), ...(rest.required ?? [])])] };
  if (!Object.keys(out.properties ?? {}).length) delete out.properties;
  if (!out.required?.length) delete out.required;
  return out;
}

/**
 * A schema with its "or null" taken out: `anyOf: [X, {type: null}]`,
 * `type: ["string", "null"]` and `nullable: true` all become X plus a flag.
 * Real unions keep their remaining variants.
 */
export function splitNullable(schema: TJsonSchema): { schema: TJsonSchema; nullable: boolean } {
  let nullable = schema.nullable === true;
  let out: TJsonSchema = schema;
  const types = typesOf(schema);
  if (types.length > 1 && types.includes("null")) {
    nullable = true;
    const rest = types.filter((t) => t !== "null");
    out = { ...out, type: rest.length === 1 ? rest[0] : rest };
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const variants = out[key];
    if (!variants?.some((v) => isNullSchema(asSchema(v)))) continue;
    nullable = true;
    const rest = variants.filter((v) => !isNullSchema(asSchema(v)));
    const { [key]: _variants, ...siblings } = out;
    if (rest.length === 1) {
      const only = asSchema(rest[0]);
      // The description zod writes on the inner schema of `.nullable()` belongs to the field.
      out = { ...siblings, ...only, description: siblings.description ?? only.description };
    } else {
      out = { ...siblings, [key]: rest };
    }
  }
  if (out.enum?.includes(null)) {
    nullable = true;
    out = { ...out, enum: out.enum.filter((v) => v !== null) };
  }
  return { schema: out, nullable };
}

/** The variants of a union (anyOf or oneOf), if the schema is one. */
export function unionVariants(schema: TJsonSchema): (TJsonSchema | boolean)[] | undefined {
  const variants = schema.anyOf ?? schema.oneOf;
  return variants && variants.length > 0 ? variants : undefined;
}

/** Whether a schema has fields of its own to list (an object with properties, or a map of such objects). */
export function hasFields(input: unknown, context: TSchemaContext, seen: readonly string[] = []): boolean {
  const resolved = resolveSchema(input, context, seen);
  if (resolved.cycle) return false;
  const schema = splitNullable(mergeAllOf(resolved.schema, context, resolved.refs)).schema;
  if (schema.properties && Object.keys(schema.properties).length > 0) return true;
  const variants = unionVariants(schema);
  if (variants) return variants.some((v) => hasFields(v, context, resolved.refs));
  if (schema.items !== undefined && typeof schema.items !== "boolean") return hasFields(schema.items, context, resolved.refs);
  if (isRecord(schema.additionalProperties)) return hasFields(schema.additionalProperties, context, resolved.refs);
  return false;
}

const MAX_LABEL_DEPTH = 4;

/**
 * A short type name: `string`, `integer`, `string (uri)`, `array<string>`,
 * `map<string, boolean>`, `"a" | "b"`, `Problem`, `string | null`.
 */
export function typeLabel(input: unknown, context: TSchemaContext, seen: readonly string[] = [], depth = 0): string {
  const resolved = resolveSchema(input, context, seen);
  if (resolved.cycle) return resolved.name ?? "object";
  const raw = asSchema(input);
  // A named component reads better than its expansion (`Problem`), unless it is just a scalar.
  const merged = mergeAllOf(resolved.schema, context, resolved.refs);
  const { schema, nullable } = splitNullable(merged);
  const withNull = (label: string) => (nullable ? `${label} | null` : label);
  if (raw.$ref && resolved.name && (schema.properties || unionVariants(schema))) return withNull(resolved.name);
  if (depth > MAX_LABEL_DEPTH) return withNull("…");

  if (schema.const !== undefined) return withNull(JSON.stringify(schema.const));
  const variants = unionVariants(schema);
  if (variants) {
    const labels = [...new Set(variants.map((v) => typeLabel(v, context, resolved.refs, depth + 1)))];
    // Variants that all read "object" (a discriminated union) are told apart in their own rows.
    if (labels.length === 1 && variants.length > 1 && labels[0] === "object") return withNull(`object (one of ${variants.length})`);
    return withNull(labels.join(" | "));
  }
  const types = typesOf(schema);
  if (types.length > 1) return withNull(types.join(" | "));
  const type = types[0] ?? (schema.properties ? "object" : schema.items !== undefined || schema.prefixItems ? "array" : schema.enum ? enumBaseType(schema.enum) : undefined);
  switch (type) {
    case undefined:
      return withNull("any");
    case "array": {
      if (schema.prefixItems?.length) return withNull(`[${schema.prefixItems.map((p) => typeLabel(p, context, resolved.refs, depth + 1)).join(", ")}]`);
      const items = schema.items === undefined || schema.items === true ? "any" : typeLabel(schema.items, context, resolved.refs, depth + 1);
      return withNull(`array<${items}>`);
    }
    case "object": {
      const values = schema.additionalProperties;
      if (!schema.properties && isRecord(values)) return withNull(`map<string, ${typeLabel(values, context, resolved.refs, depth + 1)}>`);
      return withNull("object");
    }
    case "string":
      return withNull(schema.format ? `string (${schema.format})` : "string");
    default:
      return withNull(schema.format && type !== "boolean" ? `${type} (${schema.format})` : type);
  }
}

function enumBaseType(values: unknown[]): string {
  const kinds = [...new Set(values.filter((v) => v !== null).map((v) => (Number.isInteger(v) ? "integer" : typeof v)))];
  return kinds.length === 1 ? kinds[0]! : "enum";
}

const format = (value: unknown): string => JSON.stringify(value) ?? String(value);
const number = (value: number): string => value.toLocaleString("en-US", { maximumFractionDigits: 10 });
// zod marks every integer with the safe-integer range; that is not a limit anyone needs to read.
const isMeaningful = (value: number | undefined): value is number => value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER;

function range(min: string | undefined, max: string | undefined, unit: string): string | undefined {
  const of = (n: string) => (n === "1" ? unit.replace(/s$/, "") : unit);
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${of(min)}` : `${min}–${max}${unit}`;
  if (min !== undefined) return `≥ ${min}${of(min)}`;
  if (max !== undefined) return `≤ ${max}${of(max)}`;
  return undefined;
}

/** The limits a schema puts on a value, in words: `2–80 characters`, `≥ 1`, `default: 20`, `e.g. "x"`. */
export function constraintsOf(schema: TJsonSchema): string[] {
  const out: string[] = [];
  const push = (text: string | undefined) => {
    if (text && !out.includes(text)) out.push(text);
  };
  push(range(schema.minLength !== undefined ? number(schema.minLength) : undefined, schema.maxLength !== undefined ? number(schema.maxLength) : undefined, " characters"));
  // A format's own pattern (zod writes a 300-character one for dates and emails) says nothing the format does not.
  if (schema.pattern && !schema.format) push(`pattern ${schema.pattern}`);

  const exclusiveMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : schema.exclusiveMinimum === true ? schema.minimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : schema.exclusiveMaximum === true ? schema.maximum : undefined;
  const min = exclusiveMin === undefined && isMeaningful(schema.minimum) ? number(schema.minimum) : undefined;
  const max = exclusiveMax === undefined && isMeaningful(schema.maximum) ? number(schema.maximum) : undefined;
  push(range(min, max, ""));
  if (isMeaningful(exclusiveMin)) push(`> ${number(exclusiveMin)}`);
  if (isMeaningful(exclusiveMax)) push(`< ${number(exclusiveMax)}`);
  if (schema.multipleOf !== undefined) push(`multiple of ${number(schema.multipleOf)}`);

  const isTuple = Boolean(schema.prefixItems?.length) && schema.items === false;
  if (!isTuple) push(range(schema.minItems !== undefined ? number(schema.minItems) : undefined, schema.maxItems !== undefined ? number(schema.maxItems) : undefined, " items"));
  if (schema.uniqueItems) push("unique items");
  push(range(schema.minProperties !== undefined ? number(schema.minProperties) : undefined, schema.maxProperties !== undefined ? number(schema.maxProperties) : undefined, " keys"));

  if (schema.default !== undefined) push(`default: ${format(schema.default)}`);
  const example = schema.examples?.[0] ?? schema.example;
  if (example !== undefined) push(`e.g. ${format(example)}`);
  if (schema.readOnly) push("read-only");
  if (schema.writeOnly) push("write-only");
  return out;
}
