"use client";

// Whether there is anything to save, a way to throw it away, and why the last
// save was refused.
import { CircleAlert } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function SaveBar({ dirty, version, error, onDiscard, className }: { dirty: boolean; version: number; error: string | null; onDiscard: () => void; className?: string }) {
  return (
    <div className={cn("flex min-w-0 flex-wrap items-center gap-3", className)}>
      {error ? (
        <p role="alert" className="flex min-w-0 items-center gap-1.5 text-[13px] text-destructive">
          <CircleAlert className="size-4 shrink-0" aria-hidden />
          <span className="truncate" title={error}>
            Couldn&apos;t save: {error}
          </span>
        </p>
      ) : null}
      <p className="flex items-center gap-2 text-[13px] text-muted-foreground">
        <span aria-hidden className={cn("size-2 rounded-full", dirty ? "bg-warning" : "bg-success")} />
        {dirty ? "Unsaved changes" : `Up to date with version ${version}`}
      </p>
      {dirty ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="sm">
              Discard
            </Button>
          }
          title="Discard your changes?"
          description={`The editor goes back to version ${version} as saved.`}
          confirmLabel="Discard changes"
          onConfirm={onDiscard}
        />
      ) : null}
    </div>
  );
}
