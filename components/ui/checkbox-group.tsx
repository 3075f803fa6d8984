"use client";

// A set of options as checkboxes, each with its code name and a line on what it
// means (API key scopes, webhook events). Native inputs, so keyboard and forms
// just work; the value keeps the options' order.
import { useId } from "react";

import { cn } from "@/components/ui/cn";

export function CheckboxGroup<T extends string>({
  legend,
  description,
  options,
  labels,
  hints,
  value,
  onChange,
  disabled,
  error,
}: {
  legend: string;
  description?: string;
  options: readonly T[];
  labels: Record<T, string>;
  hints: Record<T, string>;
  value: readonly T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="grid gap-2" disabled={disabled} aria-describedby={describedBy || undefined}>
      <legend className="text-sm leading-none font-medium">{legend}</legend>
      {description ? (
        <p id={`${id}-description`} className="text-[13px] text-muted-foreground">
          {description}
        </p>
      ) : null}
      <div className={cn("mt-1 grid gap-px overflow-hidden rounded-lg border bg-border", error && "border-destructive")}>
        {options.map((option) => {
          const inputId = `${id}-${option}`;
          return (
            <label
              key={option}
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
                checked={value.includes(option)}
                onChange={(event) => onChange(options.filter((o) => (o === option ? event.target.checked : value.includes(o))))}
                aria-describedby={`${inputId}-hint`}
              />
              <span className="grid gap-0.5">
                <span className="flex items-center gap-2 text-sm leading-tight font-medium">
                  {labels[option]}
                  <code className="font-mono text-xs font-normal text-muted-foreground">{option}</code>
                </span>
                <span id={`${inputId}-hint`} className="text-[13px] text-muted-foreground">
                  {hints[option]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
