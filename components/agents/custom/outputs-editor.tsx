"use client";

// The deliverables an agent produces, one editable row each: the type other
// agents depend on, a human name, the format and an optional path in the repo.
import { Plus, Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { deliverableFormats } from "@/server/agents/definition-schema";

import { controlId, newRowId, type TDeliverableFormat, type TDraftErrors, type TOutputRow } from "./agent-draft";

export function OutputsEditor({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: TOutputRow[];
  onChange: (next: TOutputRow[]) => void;
  errors: TDraftErrors;
  disabled?: boolean;
}) {
  const update = (rowId: string, patch: Partial<TOutputRow>) => onChange(value.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));

  return (
    <fieldset className="grid gap-2" disabled={disabled}>
      <legend className="mb-2 text-sm leading-none font-medium">Outputs</legend>
      <p className="-mt-1 text-[13px] text-muted-foreground">
        What it produces. Other agents depend on an output by its type.
      </p>
      <ol className="grid gap-2">
        {value.map((row, index) => {
          const field = (name: string) => `outputs.${index}.${name}`;
          return (
            <li key={row.rowId} className="grid gap-3 rounded-lg border bg-muted/30 p-3 dark:bg-muted/20" aria-label={`Output ${index + 1}`}>
              <div className="flex items-center justify-between gap-2">
                <span className="text-xs font-medium text-muted-foreground">Output {index + 1}</span>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  className="-my-1.5 size-7"
                  aria-label={`Remove output ${index + 1}`}
                  disabled={disabled || value.length === 1}
                  title={value.length === 1 ? "An agent needs at least one output" : undefined}
                  onClick={() => onChange(value.filter((r) => r.rowId !== row.rowId))}
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field label="Type" id={controlId(field("type"))} error={errors[field("type")]}>
                  <Input
                    value={row.type}
                    onChange={(event) => update(row.rowId, { type: event.target.value })}
                    placeholder="release_plan"
                    className="font-mono text-[13px]"
                    autoComplete="off"
                    spellCheck={false}
                  />
                </Field>
                <Field label="Name" id={controlId(field("name"))} error={errors[field("name")]}>
                  <Input value={row.name} onChange={(event) => update(row.rowId, { name: event.target.value })} placeholder="Release plan" />
                </Field>
                <Field label="Format" id={controlId(field("format"))} error={errors[field("format")]}>
                  {(control) => (
                    <Select value={row.format} onValueChange={(format) => update(row.rowId, { format: format as TDeliverableFormat })} disabled={disabled}>
                      <SelectTrigger {...control}>
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {deliverableFormats.map((format) => (
                          <SelectItem key={format} value={format}>
                            {format}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                </Field>
                <Field label="Path" id={controlId(field("path"))} error={errors[field("path")]}>
                  <Input
                    value={row.path}
                    onChange={(event) => update(row.rowId, { path: event.target.value })}
                    placeholder="Optional, e.g. docs/release.md"
                    className="font-mono text-[13px]"
                    autoComplete="off"
                    spellCheck={false}
                  />
                </Field>
              </div>
            </li>
          );
        })}
      </ol>
      {errors.outputs ? (
        <p id={controlId("outputs")} className="text-[13px] font-medium text-destructive">
          {errors.outputs}
        </p>
      ) : null}
      <Button
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() => onChange([...value, { rowId: newRowId("output"), type: "", name: "", format: "markdown", path: "" }])}
      >
        <Plus aria-hidden />
        Add output
      </Button>
    </fieldset>
  );
}
