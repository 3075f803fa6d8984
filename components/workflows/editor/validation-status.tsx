"use client";

// The validation verdict in a word or two, next to Save: valid (with how many
// stages the run has), checking, or how many problems stop a save.
import { CircleAlert, CircleCheck, CloudOff } from "lucide-react";

import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";

import { plural } from "../format";
import type { TValidation } from "../use-live-validation";

export function ValidationStatus({ validation, className }: { validation: TValidation; className?: string }) {
  const { status, problems, order } = validation;
  return (
    <p role="status" aria-live="polite" className={cn("flex items-center gap-1.5 text-[13px] font-medium", className)}>
      {status === "checking" ? (
        <>
          <Spinner size="sm" aria-hidden className="text-muted-foreground" />
          <span className="text-muted-foreground">Checking…</span>
        </>
      ) : status === "valid" ? (
        <>
          <CircleCheck className="size-4 text-success" aria-hidden />
          <span className="text-success">Valid</span>{" "}
          {order ? <span className="font-normal text-muted-foreground">· {plural(order.length, "stage")}</span> : null}
        </>
      ) : status === "invalid" ? (
        <>
          <CircleAlert className="size-4 text-destructive" aria-hidden />
          <span className="text-destructive">{plural(problems.length, "problem")}</span>
        </>
      ) : (
        <>
          <CloudOff className="size-4 text-warning" aria-hidden />
          <span className="text-warning">Couldn&apos;t check</span>
        </>
      )}
    </p>
  );
}
