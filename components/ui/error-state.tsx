"use client";

// What a view shows when loading it failed: say so plainly and offer a retry. Announced to
// screen readers as an alert. `onRetry` may return a promise; the button shows progress until it settles.
import { CircleAlert } from "lucide-react";
import { useState, type ComponentProps, type ReactNode } from "react";

import { Button } from "./button";
import { cn } from "./cn";

export type ErrorStateProps = Omit<ComponentProps<"div">, "title"> & {
  title?: ReactNode;
  message?: ReactNode;
  onRetry?: () => unknown;
  retryLabel?: string;
};

export function ErrorState({
  title = "Something went wrong",
  message = "We couldn't load this. Check your connection and try again.",
  onRetry,
  retryLabel = "Try again",
  className,
  ...props
}: ErrorStateProps) {
  const [retrying, setRetrying] = useState(false);

  async function retry() {
    if (!onRetry) return;
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      setRetrying(false);
    }
  }

  return (
    <div
      data-slot="error-state"
      role="alert"
      className={cn(
        "flex min-h-56 flex-col items-center justify-center gap-1 rounded-xl border border-dashed border-destructive/30 bg-destructive/[0.03] px-6 py-10 text-center",
        className,
      )}
      {...props}
    >
      <div
        aria-hidden
        className="mb-3 flex size-10 items-center justify-center rounded-lg border border-destructive/20 bg-destructive/10 text-destructive"
      >
        <CircleAlert className="size-5" />
      </div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {message ? <p className="max-w-sm text-sm text-balance text-muted-foreground">{message}</p> : null}
      {onRetry ? (
        <Button variant="outline" size="sm" className="mt-4" loading={retrying} onClick={retry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}
