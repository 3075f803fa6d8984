"use client";

// Lists of short identifiers edited as chips: free text (capabilities) or a pick
// from known values (deliverable types, agent ids). Each chip has its own remove
// button; the control that adds is what the field's label points at.
import { X } from "lucide-react";
import { useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from "react";

import { cn } from "@/components/ui/cn";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { FieldControlProps } from "@/components/ui/field";

export function Chip({
  children,
  onRemove,
  removeLabel,
  disabled,
  mono = true,
  title,
}: {
  children: ReactNode;
  onRemove?: () => void;
  removeLabel: string;
  disabled?: boolean;
  mono?: boolean;
  title?: string;
}) {
  return (
    <li
      title={title}
      className={cn(
        "inline-flex h-6 max-w-full items-center gap-1 rounded-md border bg-muted/60 pr-0.5 pl-2 text-xs text-foreground/90 dark:bg-muted",
        mono && "font-mono text-[11px]",
        !onRemove && "pr-2",
      )}
    >
      <span className="truncate">{children}</span>
      {onRemove ? (
        <button
          type="button"
          onClick={onRemove}
          disabled={disabled}
          aria-label={removeLabel}
          className="inline-flex size-5 shrink-0 items-center justify-center rounded-sm text-muted-foreground outline-none transition-colors hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-50"
        >
          <X className="size-3" aria-hidden />
        </button>
      ) : null}
    </li>
  );
}

function split(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Free-text chips: type and press Enter or a comma; pasting "a, b, c" adds three. */
export function FreeChipsInput({
  value,
  onChange,
  disabled,
  placeholder,
  itemLabel,
  control,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  placeholder?: string;
  /** What one chip is, for the remove buttons: "capability". */
  itemLabel: string;
  control: FieldControlProps;
}) {
  const [text, setText] = useState("");

  function add(parts: string[]) {
    const next = [...value];
    for (const part of parts) if (!next.includes(part)) next.push(part);
    if (next.length !== value.length) onChange(next);
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(split(text));
    } else if (event.key === "Backspace" && text === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData("text");
    if (!/[,\n]/.test(pasted)) return;
    event.preventDefault();
    add(split(text + pasted));
  }

  return (
    <div
      className={cn(
        "flex min-h-9 w-full min-w-0 flex-wrap items-center gap-1.5 rounded-md border border-input bg-background px-3 py-1.5 text-sm shadow-xs",
        "transition-[color,border-color,box-shadow] dark:bg-input/20",
        "focus-within:border-ring focus-within:ring-3 focus-within:ring-ring/20",
        control["aria-invalid"] && "border-destructive",
        disabled && "cursor-not-allowed opacity-50",
      )}
    >
      {value.length > 0 ? (
        <ul className="contents" aria-label={`${itemLabel[0]?.toUpperCase()}${itemLabel.slice(1)}s`}>
          {value.map((item) => (
            <Chip
              key={item}
              disabled={disabled}
              removeLabel={`Remove ${itemLabel} ${item}`}
              onRemove={() => onChange(value.filter((v) => v !== item))}
            >
              {item}
            </Chip>
          ))}
        </ul>
      ) : null}
      <input
        {...control}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => add(split(text))}
        disabled={disabled}
        placeholder={value.length === 0 ? placeholder : "Add…"}
        autoComplete="off"
        spellCheck={false}
        className="h-6 min-w-24 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-foreground"
      />
    </div>
  );
}

export type TPickOption = { value: string; label: string; hint?: string };

/** Chips picked from known options; an "Add…" select offers the ones not chosen yet. */
export function PickerChips({
  value,
  onChange,
  options,
  disabled,
  placeholder,
  itemLabel,
  control,
  emptyText,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  options: TPickOption[];
  disabled?: boolean;
  placeholder: string;
  itemLabel: string;
  control: FieldControlProps;
  /** Shown when nothing is chosen. */
  emptyText: string;
}) {
  const remaining = options.filter((o) => !value.includes(o.value));
  const known = new Map(options.map((o) => [o.value, o]));
  return (
    <div className="grid gap-2">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen ${itemLabel}s`}>
          {value.map((item) => (
            <Chip
              key={item}
              disabled={disabled}
              title={known.get(item)?.label}
              removeLabel={`Remove ${itemLabel} ${item}`}
              onRemove={() => onChange(value.filter((v) => v !== item))}
            >
              {item}
            </Chip>
          ))}
        </ul>
      ) : (
        <p className="text-[13px] text-muted-foreground italic">{emptyText}</p>
      )}
      <Select value="" onValueChange={(next) => next && onChange([...value, next])} disabled={disabled || remaining.length === 0}>
        <SelectTrigger size="sm" {...control}>
          <SelectValue placeholder={remaining.length === 0 ? "Nothing left to add" : placeholder} />
        </SelectTrigger>
        <SelectContent className="max-h-72">
          {remaining.map((option) => (
            <SelectItem key={option.value} value={option.value} textValue={option.value}>
              <span className="font-mono text-xs">{option.value}</span>
              {option.hint ? <span className="ml-2 text-xs text-muted-foreground">{option.hint}</span> : null}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
