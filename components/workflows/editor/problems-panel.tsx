"use client";

// What stops the workflow from being saved: each problem with the field it is
// about and, when it names a step, a button that selects that step.
import { CircleAlert, CloudOff } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

import { plural } from "../format";
import type { TValidation } from "../use-live-validation";
import type { TWorkflowProblem } from "../workflow-types";

export function ProblemsPanel({
  validation,
  stepOf,
  onShowStep,
  className,
}: {
  validation: TValidation;
  stepOf: (problem: TWorkflowProblem) => string | null;
  onShowStep?: (stepId: string) => void;
  className?: string;
}) {
  if (validation.status === "error") {
    return (
      <div role="alert" className={cn("flex items-center gap-3 rounded-lg border border-warning/30 bg-warning/[0.08] px-4 py-2.5 text-sm", className)}>
        <CloudOff className="size-4 shrink-0 text-warning" aria-hidden />
        <p className="flex-1">
          <span className="font-medium">Couldn&apos;t check the workflow.</span> <span className="text-muted-foreground">{validation.error}</span>
        </p>
        <Button variant="outline" size="sm" onClick={validation.retry}>
          Try again
        </Button>
      </div>
    );
  }
  const { problems } = validation;
  if (problems.length === 0) return null;
  const stale = validation.status === "checking";
  return (
    <section
      aria-label="Problems"
      className={cn("rounded-lg border border-destructive/30 bg-destructive/[0.05] transition-opacity", stale && "opacity-60", className)}
    >
      <h2 className="flex items-center gap-2 border-b border-destructive/20 px-4 py-2 text-sm font-semibold text-destructive">
        <CircleAlert className="size-4" aria-hidden />
        {plural(problems.length, "problem")} to fix before saving
      </h2>
      <ul className="max-h-56 divide-y divide-destructive/10 overflow-y-auto">
        {problems.map((problem, i) => {
          const step = stepOf(problem);
          return (
            <li key={`${problem.path}:${i}`} className="flex items-start gap-3 px-4 py-2 text-[13px]">
              <div className="grid min-w-0 flex-1 gap-0.5">
                <p>{problem.message}</p>
                {problem.path ? <p className="font-mono text-[11px] text-muted-foreground">{problem.path}</p> : null}
              </div>
              {step && onShowStep ? (
                <Button variant="ghost" size="sm" className="h-7 shrink-0 px-2 text-xs" onClick={() => onShowStep(step)}>
                  Show {step}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
