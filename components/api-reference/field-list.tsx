// The field table of a schema or a parameter list: one entry per field with
// its type, whether it is required, what it means, its limits and allowed
// values. Nested fields are indented under their parent with a guide line;
// entries stack rather than sit in columns so they stay readable on a phone.
import { cn } from "@/components/ui/cn";

import { InlineText } from "./inline-text";
import type { TSchemaRow } from "./schema-rows";

export type TFieldEntry = Pick<TSchemaRow, "key" | "name" | "kind" | "depth" | "type" | "required" | "deprecated" | "description" | "constraints" | "values" | "valuesOf" | "keys" | "recursive">;

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function Values({ label, values }: { label: string; values: unknown[] }) {
  return (
    <p className="mt-1.5 flex flex-wrap items-baseline gap-1 text-xs text-muted-foreground">
      <span>{label}</span>
      {values.map((value) => (
        <code key={show(value)} className="rounded border bg-background px-1 font-mono text-[11px] text-foreground">
          {show(value) === "" ? '""' : show(value)}
        </code>
      ))}
    </p>
  );
}

function Field({ entry }: { entry: TFieldEntry }) {
  return (
    <li
      className={cn(entry.depth === 0 ? "border-t py-2.5 first:border-t-0" : "border-l py-2 pl-3")}
      style={entry.depth > 0 ? { marginLeft: `${(entry.depth - 1) * 0.875 + 0.25}rem` } : undefined}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <span className={cn("font-mono text-[13px] font-semibold break-all", entry.kind === "variant" && "font-medium text-muted-foreground italic", entry.deprecated && "line-through")}>
          {entry.name}
        </span>
        <span className="font-mono text-xs break-all text-muted-foreground">{entry.type}</span>
        {entry.kind === "variant" ? null : entry.required ? (
          <span className="text-[11px] font-medium text-warning">required</span>
        ) : (
          <span className="text-[11px] text-muted-foreground">optional</span>
        )}
        {entry.deprecated ? <span className="text-[11px] font-medium text-destructive">deprecated</span> : null}
      </div>
      {entry.description ? (
        <p className="mt-1 text-sm text-muted-foreground">
          <InlineText text={entry.description} />
        </p>
      ) : null}
      {entry.constraints.length ? (
        <ul aria-label="Constraints" className="mt-1.5 flex flex-wrap gap-1">
          {entry.constraints.map((text) => (
            <li key={text} className="rounded bg-muted px-1.5 py-0.5 font-mono text-[11px] break-all text-muted-foreground">
              {text}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.values.length ? <Values label={entry.valuesOf === "item" ? "Each one of" : "One of"} values={entry.values} /> : null}
      {entry.keys.length ? <Values label="Keys" values={entry.keys} /> : null}
      {entry.recursive ? <p className="mt-1 text-xs text-muted-foreground">Same shape as its parent, nested.</p> : null}
    </li>
  );
}

export function FieldList({ entries, label }: { entries: TFieldEntry[]; label: string }) {
  return (
    <ul aria-label={label} className="rounded-lg border px-3">
      {entries.map((entry) => (
        <Field key={entry.key} entry={entry} />
      ))}
    </ul>
  );
}
