"use client";

// Name/value rows for a custom server's environment variables or headers. The
// values are write-only: they are sealed on the server and never shown again,
// so they are typed into password fields.
import { Plus, X } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type TSecretPair = { key: number; name: string; value: string };

let nextKey = 0;
export const newPair = (name = ""): TSecretPair => ({ key: nextKey++, name, value: "" });

/** The rows as the API takes them; rows without a name are left out. */
export function pairsToRecord(pairs: TSecretPair[]): Record<string, string> {
  return Object.fromEntries(pairs.filter((p) => p.name.trim()).map((p) => [p.name.trim(), p.value]));
}

export function SecretPairsEditor({
  legend,
  description,
  namePlaceholder,
  valuePlaceholder,
  addLabel,
  pairs,
  onChange,
  disabled,
  error,
}: {
  legend: string;
  description: string;
  namePlaceholder: string;
  valuePlaceholder: string;
  addLabel: string;
  pairs: TSecretPair[];
  onChange: (next: TSecretPair[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  const update = (key: number, patch: Partial<TSecretPair>) => onChange(pairs.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <fieldset className="grid gap-2" disabled={disabled} aria-describedby={`${id}-description${error ? ` ${id}-error` : ""}`}>
      <legend className="text-sm leading-none font-medium">{legend}</legend>
      <p id={`${id}-description`} className="text-[13px] text-muted-foreground">
        {description}
      </p>
      {pairs.length > 0 ? (
        <ul className="grid gap-2">
          {pairs.map((pair, index) => (
            <li key={pair.key} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-center gap-2">
              <Input
                aria-label={`Name ${index + 1}`}
                value={pair.name}
                onChange={(event) => update(pair.key, { name: event.target.value })}
                placeholder={namePlaceholder}
                className="font-mono"
                autoComplete="off"
                spellCheck={false}
              />
              <Input
                aria-label={`Value ${index + 1} (stored encrypted, never shown again)`}
                type="password"
                value={pair.value}
                onChange={(event) => update(pair.key, { value: event.target.value })}
                placeholder={valuePlaceholder}
                autoComplete="new-password"
                spellCheck={false}
              />
              <Button type="button" variant="ghost" size="icon-sm" aria-label={`Remove ${pair.name || `row ${index + 1}`}`} onClick={() => onChange(pairs.filter((p) => p.key !== pair.key))}>
                <X />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => onChange([...pairs, newPair()])}>
        <Plus aria-hidden />
        {addLabel}
      </Button>
      {error ? (
        <p id={`${id}-error`} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
