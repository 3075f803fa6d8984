"use client";

// The workflow as text: JSON or YAML in a monospace editor. What is typed is
// validated as it changes; switching back to the visual editor takes what the
// text means (so an invalid text keeps you here, with its problems listed).
import { Segmented } from "@/components/usage/segmented";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

import type { TValidation } from "../use-live-validation";
import type { TWorkflowTextFormat } from "../workflow-types";
import { ProblemsPanel } from "./problems-panel";

const formats = [
  { value: "yaml", label: "YAML" },
  { value: "json", label: "JSON" },
] as const;

const formatNames: Record<TWorkflowTextFormat, string> = { json: "JSON", yaml: "YAML" };

export function TextView({
  text,
  format,
  onTextChange,
  onFormatChange,
  validation,
  readOnly,
}: {
  text: string | null;
  format: TWorkflowTextFormat;
  onTextChange: (text: string) => void;
  onFormatChange: (format: TWorkflowTextFormat) => void;
  validation: TValidation;
  readOnly: boolean;
}) {
  const lines = text === null ? 0 : text.split("\n").length;
  return (
    <div className="grid gap-4">
      <Card className="gap-0 overflow-hidden py-0">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b bg-muted/30 px-3 py-2">
          <Segmented label="Text format" size="sm" value={format} onChange={onFormatChange} options={formats} />
          <span className="text-xs text-muted-foreground tabular-nums">
            {lines} {lines === 1 ? "line" : "lines"}
            {readOnly ? " · read-only" : ""}
          </span>
        </div>
        {text === null ? (
          <div aria-busy className="grid gap-2 p-4">
            <span className="sr-only" role="status">
              Loading the text…
            </span>
            {Array.from({ length: 12 }, (_, i) => (
              <Skeleton key={i} className="h-4" style={{ width: `${30 + ((i * 37) % 60)}%` }} />
            ))}
          </div>
        ) : (
          <textarea
            aria-label={`Workflow as ${formatNames[format]}`}
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
            readOnly={readOnly}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            wrap="off"
            className="h-[clamp(24rem,62dvh,44rem)] w-full resize-y bg-transparent p-4 font-mono text-[13px] leading-relaxed outline-none focus-visible:bg-muted/10"
          />
        )}
      </Card>
      <ProblemsPanel validation={validation} stepOf={() => null} />
    </div>
  );
}
