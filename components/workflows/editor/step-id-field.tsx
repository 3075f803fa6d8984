"use client";

// A step's id, renamed on Enter or when the field loses focus (not on every
// keystroke: "qa2" passes through "qa", which may be taken). Renaming updates
// every dependsOn and condition that names the step.
import { useState } from "react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const STEP_ID = /^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/;

export function checkStepId(next: string, current: string, taken: readonly string[]): string | null {
  if (next === current) return null;
  if (!next) return "Give the step an id.";
  if (next.length > 60) return "Use at most 60 characters.";
  if (!STEP_ID.test(next)) return "Use snake_case or kebab-case, e.g. backend or api-design.";
  if (taken.includes(next)) return `Another step is called “${next}”.`;
  return null;
}

export function StepIdField({
  value,
  taken,
  onRename,
  readOnly,
  error,
}: {
  value: string;
  taken: readonly string[];
  onRename: (next: string) => void;
  readOnly: boolean;
  error?: string;
}) {
  const [text, setText] = useState(value);
  const [local, setLocal] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
    setLocal(null);
  }

  function commit() {
    const next = text.trim();
    const problem = checkStepId(next, value, taken);
    setLocal(problem);
    if (!problem && next !== value) onRename(next);
  }

  return (
    <Field label="Step id" error={local ?? error} description="Runs, resume and dependsOn refer to it; keep it stable once runs exist.">
      <Input
        value={text}
        readOnly={readOnly}
        spellCheck={false}
        autoComplete="off"
        className="font-mono text-[13px]"
        onChange={(event) => {
          setText(event.target.value);
          setLocal(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          } else if (event.key === "Escape") {
            setText(value);
            setLocal(null);
          }
        }}
      />
    </Field>
  );
}
