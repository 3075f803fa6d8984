"use client";

// A small segmented control (a radio group that looks like the tab list): the
// usage window (7/30/90 days) and the metric a chart shows. Arrow keys move
// and select, as in any radio group.
import { useRef, type KeyboardEvent } from "react";

import { cn } from "@/components/ui/cn";

export type TSegment<T extends string> = { value: T; label: string; title?: string };

export function Segmented<T extends string>({
  value,
  onChange,
  options,
  label,
  size = "default",
  className,
}: {
  value: T;
  onChange: (value: T) => void;
  options: readonly TSegment<T>[];
  /** Accessible name of the group, e.g. "Time window". */
  label: string;
  size?: "sm" | "default";
  className?: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const current = options.findIndex((o) => o.value === value);
    const next = (current + step + options.length) % options.length;
    const option = options[next];
    if (!option) return;
    onChange(option.value);
    refs.current[next]?.focus();
  }

  return (
    <div
      role="radiogroup"
      aria-label={label}
      onKeyDown={onKeyDown}
      className={cn(
        "inline-flex w-fit items-center rounded-lg bg-muted p-[3px] text-muted-foreground",
        size === "sm" ? "h-8" : "h-9",
        className,
      )}
    >
      {options.map((option, i) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            title={option.title}
            onClick={() => onChange(option.value)}
            className={cn(
              "inline-flex h-full items-center justify-center rounded-md font-medium whitespace-nowrap transition-[color,background-color,box-shadow]",
              "outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
              size === "sm" ? "px-2.5 text-xs" : "px-3 text-sm",
              checked && "bg-background text-foreground shadow-sm dark:bg-input/40",
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
