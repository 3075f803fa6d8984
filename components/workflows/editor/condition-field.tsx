"use client";

// A step's `when`: always, one project fact (the common case, as a small
// form), or any condition as JSON (output tests, all/any/not). The JSON is
// applied as soon as it parses; the server says whether it is a valid condition.
import { useId, useState } from "react";

import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

import { factIds, factLabels, isFact, simpleFact } from "../condition-summary";
import type { TCondition } from "../workflow-types";

type TMode = "always" | "fact" | "custom";

const modeOf = (condition: TCondition | undefined): TMode => (!condition ? "always" : simpleFact(condition) ? "fact" : "custom");
const pretty = (condition: TCondition | undefined) => (condition ? JSON.stringify(condition, null, 2) : "");

export function ConditionField({
  value,
  onChange,
  upstream,
  disabled,
  error,
}: {
  value: TCondition | undefined;
  onChange: (next: TCondition | undefined) => void;
  /** Steps this one waits for, to suggest an output test. */
  upstream: string[];
  disabled: boolean;
  error?: string;
}) {
  const id = useId();
  const [mode, setMode] = useState<TMode>(() => modeOf(value));
  const [json, setJson] = useState(() => pretty(value));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // A change from elsewhere (text view, undo): show it in the form that fits it.
  if (value !== seen) {
    setSeen(value);
    const parsed = safeParse(json);
    if (JSON.stringify(parsed) !== JSON.stringify(value ?? null)) {
      setMode(modeOf(value));
      setJson(pretty(value));
      setJsonError(null);
    }
  }
  const fact = simpleFact(value);

  function changeMode(next: TMode) {
    setMode(next);
    setJsonError(null);
    if (next === "always") return onChange(undefined);
    if (next === "fact") return onChange(fact ?? { fact: "has_ai_features", equals: true });
    const sample: TCondition = value ?? (upstream[0] ? { output: { step: upstream[0] }, contains: "yes" } : { all: [{ fact: "has_ai_features", equals: true }] });
    setJson(pretty(sample));
    onChange(sample);
  }

  return (
    <div className="grid gap-3">
      <Field label="Runs" error={mode === "custom" ? undefined : error}>
        {(control) => (
          <Select value={mode} onValueChange={(next) => changeMode(next as TMode)} disabled={disabled}>
            <SelectTrigger {...control}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="always">Always</SelectItem>
              <SelectItem value="fact">Only when a project fact is set (or not)</SelectItem>
              <SelectItem value="custom">When a custom condition holds (JSON)</SelectItem>
            </SelectContent>
          </Select>
        )}
      </Field>
      {mode === "fact" && fact ? (
        <div className="grid grid-cols-[minmax(0,1fr)_8rem] gap-2">
          <Field label="Project fact" hideLabel>
            {(control) => (
              <Select value={fact.fact} onValueChange={(next) => isFact(next) && onChange({ fact: next, equals: fact.equals })} disabled={disabled}>
                <SelectTrigger {...control} aria-label="Project fact">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {factIds.map((f) => (
                    <SelectItem key={f} value={f} textValue={f}>
                      <span className="font-mono text-xs">{f}</span>
                      <span className="ml-2 text-xs text-muted-foreground">{factLabels[f]}</span>
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </Field>
          <Field label="Fact value" hideLabel>
            {(control) => (
              <Select value={fact.equals ? "true" : "false"} onValueChange={(next) => onChange({ fact: fact.fact, equals: next === "true" })} disabled={disabled}>
                <SelectTrigger {...control} aria-label="Fact value">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="true">is set</SelectItem>
                  <SelectItem value="false">is not set</SelectItem>
                </SelectContent>
              </Select>
            )}
          </Field>
        </div>
      ) : null}
      {mode === "custom" ? (
        <Field
          label="Condition (JSON)"
          id={`${id}-json`}
          error={jsonError ?? error}
          description={
            <>
              e.g. <code className="font-mono text-[11px]">{'{"output": {"step": "qa", "path": "verdict"}, "equals": "pass"}'}</code>, or combine with{" "}
              <code className="font-mono text-[11px]">all</code>, <code className="font-mono text-[11px]">any</code>, <code className="font-mono text-[11px]">not</code>.
            </>
          }
        >
          <Textarea
            value={json}
            spellCheck={false}
            disabled={disabled}
            className="min-h-24 font-mono text-xs"
            onChange={(event) => {
              const text = event.target.value;
              setJson(text);
              try {
                const parsed = JSON.parse(text) as TCondition;
                setJsonError(null);
                onChange(parsed);
              } catch (e) {
                setJsonError(`Not valid JSON yet: ${e instanceof Error ? e.message : String(e)}`);
              }
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
