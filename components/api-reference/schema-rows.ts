// A JSON Schema flattened into the rows of a field table: one row per field,
// indented by depth, with its type, whether it is required, its description,
// limits and allowed values. Objects list their fields, arrays the fields of
// their items, maps a `{key}` entry, and unions one row per variant.
import {
  asSchema,
  constraintsOf,
  hasFields,
  isRecord,
  mergeAllOf,
  resolveSchema,
  splitNullable,
  typeLabel,
  unionVariants,
  type TJsonSchema,
  type TSchemaContext,
} from "./json-schema";

export type TSchemaRow = {
  /** Unique within the table: the dotted path, `[]` for array items, `{key}` for map entries. */
  key: string;
  /** What the row is called: a field name, `{key}`, or a union variant's label. */
  name: string;
  kind: "field" | "entry" | "variant";
  depth: number;
  type: string;
  required: boolean;
  nullable: boolean;
  deprecated: boolean;
  description?: string;
  constraints: string[];
  /** The only values allowed (an enum), for the value itself or, for arrays, each item. */
  values: unknown[];
  valuesOf: "value" | "item";
  /** The only keys a map allows. */
  keys: unknown[];
  /** The schema refers back to one of its ancestors; the fields are listed above. */
  recursive: boolean;
};

export type TSchemaTable = {
  type: string;
  description?: string;
  rows: TSchemaRow[];
  /** The object refuses fields it does not list (`additionalProperties: false`). */
  closed: boolean;
};

const MAX_DEPTH = 8;

type TWalk = { context: TSchemaContext; seen: readonly string[] };

function normalized(input: unknown, walk: TWalk) {
  const resolved = resolveSchema(input, walk.context, walk.seen);
  const { schema, nullable } = splitNullable(mergeAllOf(resolved.schema, walk.context, resolved.refs));
  return { schema, nullable, resolved, inner: { context: walk.context, seen: resolved.refs } satisfies TWalk };
}

function enumOf(input: unknown, walk: TWalk): unknown[] {
  const { schema } = normalized(input, walk);
  return schema.enum ?? [];
}

function makeRow(name: string, key: string, kind: TSchemaRow["kind"], input: unknown, required: boolean, depth: number, walk: TWalk): TSchemaRow {
  const { schema, nullable, resolved, inner } = normalized(input, walk);
  const constraints = constraintsOf(schema);
  let values = schema.enum ?? [];
  let valuesOf: TSchemaRow["valuesOf"] = "value";
  let recursive = resolved.cycle;
  if (!values.length && schema.items !== undefined && typeof schema.items !== "boolean") {
    const { schema: items, resolved: itemsResolved } = normalized(schema.items, inner);
    recursive ||= itemsResolved.cycle;
    values = items.enum ?? [];
    valuesOf = "item";
    for (const text of constraintsOf({ ...items, default: undefined, examples: undefined, example: undefined })) constraints.push(`each ${text}`);
  }
  const variants = unionVariants(schema);
  if (variants && !variants.some((v) => hasFields(v, inner.context, inner.seen))) {
    // A union of plain values (`"" | string (uri)`): its limits apply to whichever variant is sent.
    for (const variant of variants) for (const text of constraintsOf(normalized(variant, inner).schema)) if (!constraints.includes(text)) constraints.push(text);
  }
  return {
    key,
    name,
    kind,
    depth,
    type: typeLabel(input, walk.context, walk.seen),
    required,
    nullable,
    deprecated: schema.deprecated === true,
    description: schema.description,
    constraints,
    values,
    valuesOf,
    keys: schema.propertyNames ? enumOf(schema.propertyNames, inner) : [],
    recursive,
  };
}

/** The property every variant pins to a constant (`kind: "a"`), which tells the variants apart. */
function discriminator(variants: unknown[], walk: TWalk): string | undefined {
  const schemas = variants.map((v) => normalized(v, walk).schema);
  const first = schemas[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((name) =>
    schemas.every((s) => {
      const property = s.properties?.[name];
      if (property === undefined) return false;
      const p = normalized(property, walk).schema;
      return p.const !== undefined || p.enum?.length === 1;
    }),
  );
}

function variantName(input: unknown, index: number, by: string | undefined, walk: TWalk): string {
  const { schema, resolved } = normalized(input, walk);
  if (by && schema.properties?.[by] !== undefined) {
    const p = normalized(schema.properties[by], walk).schema;
    return `${by}: ${JSON.stringify(p.const ?? p.enum?.[0])}`;
  }
  return schema.title ?? resolved.name ?? `Option ${index + 1}`;
}

function childRows(input: unknown, depth: number, prefix: string, walk: TWalk): TSchemaRow[] {
  if (depth > MAX_DEPTH) return [];
  const { schema, resolved, inner } = normalized(input, walk);
  if (resolved.cycle) return [];
  const join = (name: string) => (prefix ? `${prefix}.${name}` : name);

  const variants = unionVariants(schema);
  if (variants) {
    if (!variants.some((v) => hasFields(v, inner.context, inner.seen))) return [];
    if (variants.length === 1) return childRows(variants[0], depth, prefix, inner);
    const by = discriminator(variants, inner);
    return variants.flatMap((variant, index) => {
      const key = `${prefix}(${index + 1})`;
      const row = makeRow(variantName(variant, index, by, inner), key, "variant", variant, false, depth, inner);
      return [row, ...childRows(variant, depth + 1, key, inner)];
    });
  }

  const rows: TSchemaRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = join(name);
    const row = makeRow(name, key, "field", property, required.has(name), depth, inner);
    rows.push(row, ...(row.recursive ? [] : childRows(property, depth + 1, key, inner)));
  }
  if (schema.prefixItems?.length) {
    schema.prefixItems.forEach((item, index) => {
      if (!hasFields(item, inner.context, inner.seen)) return;
      const key = `${prefix}[${index}]`;
      rows.push(makeRow(`[${index}]`, key, "entry", item, true, depth, inner), ...childRows(item, depth + 1, key, inner));
    });
  } else if (isRecord(schema.items)) {
    rows.push(...childRows(schema.items, depth, `${prefix}[]`, inner));
  }
  if (isRecord(schema.additionalProperties) && hasFields(schema.additionalProperties, inner.context, inner.seen)) {
    const key = join("{key}");
    const row = makeRow("{key}", key, "entry", schema.additionalProperties, false, depth, inner);
    rows.push(row, ...childRows(schema.additionalProperties, depth + 1, key, inner));
  }
  return rows;
}

/** The whole table for a request body, response or component schema. */
export function schemaTable(input: unknown, context: TSchemaContext): TSchemaTable {
  const walk: TWalk = { context, seen: [] };
  const { schema } = normalized(input, walk);
  return {
    type: typeLabel(input, context),
    description: asSchema(input).description ?? schema.description,
    rows: childRows(input, 0, "", walk),
    closed: schema.additionalProperties === false && Boolean(schema.properties),
  };
}

/** The context for a schema that sits inside an OpenAPI document (refs into `components` and its own `$defs`). */
export function schemaContext(document: unknown, schema: unknown): TSchemaContext {
  return { document, root: asSchema(schema) as TJsonSchema };
}
