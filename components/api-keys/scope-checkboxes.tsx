"use client";

// The scopes of a new key as checkboxes, each with a line on what it allows.
// Native inputs, so keyboard and forms just work.
import { useId } from "react";

import { cn } from "@/components/ui/cn";

import { apiKeyScopeDescriptions, apiKeyScopes, scopeLabels, type TApiKeyScope } from "./scopes";

export function ScopeCheckboxes({
  value,
  onChange,
  disabled,
  error,
}: {
  value: TApiKeyScope[];
  onChange: (next: TApiKeyScope[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="grid gap-2"
      disabled={disabled}
      aria-describedby={`${id}-description${error ? ` ${id}-error` : ""}`}
    >
      <legend className="text-sm leading-none font-medium">Scopes</legend>
      <p id={`${id}-description`} className="text-[13px] text-muted-foreground">
        What the key may do. Give it the least it needs.
      </p>
      <div className={cn("mt-1 grid gap-px overflow-hidden rounded-lg border bg-border", error && "border-destructive")}>
        {apiKeyScopes.map((scope) => {
          const inputId = `${id}-${scope}`;
          return (
            <label
              key={scope}
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
                checked={value.includes(scope)}
                onChange={(event) =>
                  onChange(apiKeyScopes.filter((s) => (s === scope ? event.target.checked : value.includes(s))))
                }
                aria-describedby={`${inputId}-hint`}
              />
              <span className="grid gap-0.5">
                <span className="flex items-center gap-2 text-sm leading-tight font-medium">
                  {scopeLabels[scope]}
                  <code className="font-mono text-xs font-normal text-muted-foreground">{scope}</code>
                </span>
                <span id={`${inputId}-hint`} className="text-[13px] text-muted-foreground">
                  {apiKeyScopeDescriptions[scope]}
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
