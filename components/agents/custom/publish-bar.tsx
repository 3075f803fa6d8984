"use client";

// The bar that stays at the bottom of the editor: whether there is anything to
// publish, the version note, Discard and Publish, and, when publishing was
// refused, the reason with a way to the field it names.
import { CircleAlert } from "lucide-react";
import { useRef } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import { controlId, fieldLabel } from "./agent-draft";

/** Scroll the field that edits `field` to just below the bar and focus its control. */
function goToField(field: string, bar: HTMLElement | null) {
  const element = document.getElementById(controlId(field));
  if (!element) return;
  const target = element.closest<HTMLElement>('[data-slot="field"]') ?? element;
  const below = (bar?.getBoundingClientRect().bottom ?? 0) + 16;
  window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - below, behavior: "smooth" });
  element.focus({ preventScroll: true });
}

export function PublishBar({
  version,
  dirty,
  note,
  onNoteChange,
  noteError,
  problem,
  moreProblems,
  pending,
  onDiscard,
}: {
  version: number;
  dirty: boolean;
  note: string;
  onNoteChange: (note: string) => void;
  noteError?: string;
  /** The first thing stopping a publish. */
  problem: { field: string; message: string } | null;
  /** How many other fields have a problem. */
  moreProblems: number;
  pending: boolean;
  onDiscard: () => void;
}) {
  const barRef = useRef<HTMLDivElement>(null);
  return (
    <div ref={barRef} className="overflow-hidden rounded-xl border bg-card shadow-lg">
      {problem ? (
        <div role="alert" className="flex flex-col gap-2 border-b border-destructive/25 bg-destructive/10 px-4 py-2.5 text-sm sm:flex-row sm:items-center">
          <CircleAlert className="hidden size-4 shrink-0 text-destructive sm:block" aria-hidden />
          <p className="min-w-0 flex-1 text-destructive">
            <span className="font-semibold">Couldn&apos;t publish. </span>
            {problem.field === "form" ? (
              problem.message
            ) : (
              <>
                <span className="font-medium">{fieldLabel(problem.field)}:</span> {problem.message}
              </>
            )}
            {moreProblems > 0 ? (
              <span className="text-destructive/80">
                {" "}
                ({moreProblems} more {moreProblems === 1 ? "field needs" : "fields need"} attention)
              </span>
            ) : null}
          </p>
          {problem.field !== "form" ? (
            <Button size="sm" variant="outline" className="shrink-0 self-start sm:self-auto" onClick={() => goToField(problem.field, barRef.current)}>
              Show {fieldLabel(problem.field)}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-col gap-3 px-4 py-3 lg:flex-row lg:items-center">
        <p className="flex shrink-0 items-center gap-2 text-[13px] text-muted-foreground" role="status">
          <span aria-hidden className={cn("size-2 rounded-full", dirty ? "bg-warning" : "bg-success")} />
          {dirty ? "Unpublished changes" : `Up to date with version ${version}`}
        </p>
        <div className="flex min-w-0 flex-1 items-center gap-2">
          <Label htmlFor={controlId("note")} className="shrink-0 text-[13px] text-muted-foreground">
            Version note
          </Label>
          <Input
            id={controlId("note")}
            value={note}
            onChange={(event) => onNoteChange(event.target.value)}
            placeholder="What changed, and why?"
            maxLength={500}
            aria-invalid={noteError ? true : undefined}
            disabled={pending}
            className="h-8 min-w-0"
          />
        </div>
        <div className="flex shrink-0 items-center justify-end gap-2">
          <Button variant="ghost" size="sm" disabled={!dirty || pending} onClick={onDiscard}>
            Discard changes
          </Button>
          <Button type="submit" size="sm" loading={pending} disabled={!dirty}>
            Publish version
          </Button>
        </div>
      </div>
    </div>
  );
}
