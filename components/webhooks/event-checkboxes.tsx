"use client";

// The events an endpoint receives, as checkboxes with a line on each. Native
// inputs, so keyboard and forms just work.
import { useId } from "react";

import { cn } from "@/components/ui/cn";

import { eventLabels, webhookEventDescriptions, webhookEventTypes, type TWebhookEventType } from "./webhook-meta";

export function EventCheckboxes({
  value,
  onChange,
  disabled,
  error,
}: {
  value: TWebhookEventType[];
  onChange: (next: TWebhookEventType[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="grid gap-2" disabled={disabled} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm leading-none font-medium">Events</legend>
      <div className={cn("mt-1 grid gap-px overflow-hidden rounded-lg border bg-border", error && "border-destructive")}>
        {webhookEventTypes.map((type) => {
          const inputId = `${id}-${type}`;
          return (
            <label
              key={type}
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
                checked={value.includes(type)}
                onChange={(event) => onChange(webhookEventTypes.filter((t) => (t === type ? event.target.checked : value.includes(t))))}
                aria-describedby={`${inputId}-hint`}
              />
              <span className="grid gap-0.5">
                <span className="flex items-center gap-2 text-sm leading-tight font-medium">
                  {eventLabels[type]}
                  <code className="font-mono text-xs font-normal text-muted-foreground">{type}</code>
                </span>
                <span id={`${inputId}-hint`} className="text-[13px] text-muted-foreground">
                  {webhookEventDescriptions[type]}
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
