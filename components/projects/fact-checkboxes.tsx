"use client";

// The project facts as checkboxes: what the workflows branch on (AI features,
// mobile, enterprise deployment). Native inputs, so keyboard and forms just work.
import { useId } from "react";

import { cn } from "@/components/ui/cn";
import { projectFacts, type TProjectFact } from "@/server/services/projects/schemas";

import { factKeys } from "./facts";

export type TFactValues = Partial<Record<TProjectFact, boolean>>;

const hints: Record<TProjectFact, string> = {
  has_ai_features: "The product calls language models or other machine learning.",
  needs_mobile: "There is an iOS or Android app to build, not only the web.",
  enterprise_deployment: "Customers need SSO, compliance controls or multi-region hosting.",
};

export function FactCheckboxes({
  value,
  onChange,
  disabled,
  legend = "Project facts",
  description = "Workflows use these to decide which agents and steps a run needs.",
}: {
  value: TFactValues;
  onChange: (next: TFactValues) => void;
  disabled?: boolean;
  legend?: string;
  description?: string;
}) {
  const id = useId();
  return (
    <fieldset className="grid gap-2" disabled={disabled} aria-describedby={`${id}-description`}>
      <legend className="text-sm leading-none font-medium">{legend}</legend>
      <p id={`${id}-description`} className="text-[13px] text-muted-foreground">
        {description}
      </p>
      <div className="mt-1 grid gap-px overflow-hidden rounded-lg border bg-border">
        {factKeys.map((key) => {
          const inputId = `${id}-${key}`;
          return (
            <label
              key={key}
              htmlFor={inputId}
              className={cn(
                "flex cursor-pointer items-start gap-3 bg-background px-3 py-2.5 transition-colors hover:bg-muted/50 dark:bg-card",
                disabled && "cursor-not-allowed opacity-60 hover:bg-background",
              )}
            >
              <input
                id={inputId}
                type="checkbox"
                className="mt-0.5 size-4 shrink-0 cursor-[inherit] rounded accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                checked={value[key] === true}
                onChange={(event) => onChange({ ...value, [key]: event.target.checked })}
                aria-describedby={`${inputId}-hint`}
              />
              <span className="grid gap-0.5">
                <span className="text-sm leading-tight font-medium">{projectFacts[key]}</span>
                <span id={`${inputId}-hint`} className="text-[13px] text-muted-foreground">
                  {hints[key]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
