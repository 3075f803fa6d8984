"use client";

// The details of one allowed tool in the policy editor: which operations (none
// ticked = any), which paths of the run's working copy (servers that work on
// files only), and whether each call waits for a person's approval.
import { useId, useState } from "react";

import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { ToggleSwitch } from "@/components/ui/toggle-switch";
import { toolOperations, type TToolOperation, type TToolRule } from "@/server/tools/policy/policy-schema";

import { parseGlobs } from "./policy-draft";
import { operationBadges } from "./tool-meta";

function OperationChips({ value, onChange, disabled, label }: { value: TToolOperation[] | undefined; onChange: (next: TToolOperation[] | undefined) => void; disabled: boolean; label: string }) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1">
      {/* The group's name, shown like "Paths" beside it: these chips say what is allowed, the badge above what the tool does. */}
      <span aria-hidden className="pr-1 text-xs text-muted-foreground">
        Operations
      </span>
      {toolOperations.map((operation) => {
        const on = value?.includes(operation) ?? false;
        return (
          <button
            key={operation}
            type="button"
            aria-pressed={on}
            disabled={disabled}
            title={operationBadges[operation].hint}
            onClick={() => {
              const next = on ? (value ?? []).filter((o) => o !== operation) : toolOperations.filter((o) => o === operation || value?.includes(o));
              onChange(next.length ? next : undefined);
            }}
            className={cn(
              "h-6 rounded-md border px-2 text-xs font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-60",
              on ? "border-primary bg-primary/10 text-primary" : "border-input text-muted-foreground hover:bg-accent",
            )}
          >
            {operation}
          </button>
        );
      })}
      {!value ? <span className="pl-1 text-xs text-muted-foreground">any operation</span> : null}
    </div>
  );
}

export function PolicyRuleFields({
  rule,
  onChange,
  sandboxed,
  disabled,
  toolLabel,
}: {
  rule: TToolRule;
  onChange: (patch: Partial<TToolRule>) => void;
  /** Path limits only apply to servers that work on the run's files. */
  sandboxed: boolean;
  disabled: boolean;
  toolLabel: string;
}) {
  const id = useId();
  // Typed text is kept as typed; the rule gets the parsed globs.
  const [paths, setPaths] = useState(() => rule.paths?.join(", ") ?? "");
  // A change from outside (discard, a version loaded) shows the rule's globs again.
  const fromRule = rule.paths?.join(", ") ?? "";
  if (paths !== fromRule && (parseGlobs(paths) ?? []).join("\n") !== (rule.paths ?? []).join("\n")) setPaths(fromRule);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <OperationChips value={rule.operations} onChange={(operations) => onChange({ operations })} disabled={disabled} label={`Operations allowed for ${toolLabel}`} />
      {sandboxed || rule.paths ? (
        <div className="flex min-w-56 flex-1 items-center gap-2">
          <label htmlFor={`${id}-paths`} className="shrink-0 text-xs text-muted-foreground">
            Paths
          </label>
          <Input
            id={`${id}-paths`}
            value={paths}
            onChange={(event) => {
              setPaths(event.target.value);
              onChange({ paths: parseGlobs(event.target.value) });
            }}
            placeholder="anywhere in the working copy, or e.g. src/**, docs/*.md"
            className="h-7 font-mono text-xs"
            aria-invalid={!sandboxed && Boolean(rule.paths) ? true : undefined}
            title={sandboxed ? "Globs relative to the run's working copy; every path argument must match one." : "This server doesn't work on the run's files: remove the paths."}
            spellCheck={false}
            disabled={disabled}
          />
        </div>
      ) : null}
      <label className="flex items-center gap-2 text-xs text-muted-foreground">
        <ToggleSwitch checked={rule.approval === true} onCheckedChange={(approval) => onChange({ approval: approval || undefined })} disabled={disabled} aria-label={`${toolLabel} needs approval`} />
        Needs approval
      </label>
    </div>
  );
}
