"use client";

// Runs as a table: state, number and task, workflow, project, progress, when it
// started, how long it took and what it cost. A whole row opens the run.
import { CornerUpLeft } from "lucide-react";
import Link from "next/link";

import { RelativeTime } from "@/components/shell/relative-time";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { formatDuration, formatUsd } from "./format";
import { RunStatusBadge } from "./run-status";
import type { TRunListItem } from "./run-types";

const th = "px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-muted-foreground first:pl-4 last:pr-4";
const td = "px-3 py-3 align-middle first:pl-4 last:pr-4";

function Progress({ done, total, status }: { done: number; total: number; status: TRunListItem["status"] }) {
  const tone = status === "failed" ? "bg-destructive" : status === "succeeded" ? "bg-success" : status === "cancelled" ? "bg-muted-foreground/50" : "bg-info";
  return (
    <div className="flex items-center gap-2">
      <span
        role="progressbar"
        aria-label="Steps done"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-1.5 w-16 overflow-hidden rounded-full bg-muted"
      >
        <span className={cn("block h-full rounded-full", tone)} style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
      </span>
      <span className="text-xs text-muted-foreground tabular-nums">
        {done}/{total}
      </span>
    </div>
  );
}

export function RunsTable({ runs, showProject = false }: { runs: TRunListItem[]; showProject?: boolean }) {
  const { workspace } = useWorkspace();
  return (
    <div className="overflow-x-auto rounded-xl border bg-card shadow-xs">
      <table className="w-full text-sm">
        <thead className="border-b bg-muted/30">
          <tr>
            <th scope="col" className={th}>
              Run
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={cn(th, "hidden md:table-cell")}>
              Workflow
            </th>
            {showProject ? (
              <th scope="col" className={cn(th, "hidden lg:table-cell")}>
                Project
              </th>
            ) : null}
            <th scope="col" className={cn(th, "hidden sm:table-cell")}>
              Progress
            </th>
            <th scope="col" className={cn(th, "hidden md:table-cell")}>
              Started
            </th>
            <th scope="col" className={cn(th, "hidden lg:table-cell text-right")}>
              Duration
            </th>
            <th scope="col" className={cn(th, "text-right")}>
              Cost
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {runs.map((run) => (
            <tr key={run.id} className="relative transition-colors hover:bg-accent/40 has-[a:focus-visible]:bg-accent/40" data-run={run.number}>
              <td className={cn(td, "max-w-72 min-w-44")}>
                <Link
                  href={`/${workspace.slug}/runs/${run.id}`}
                  className="font-medium outline-none after:absolute after:inset-0 after:content-[''] focus-visible:underline"
                >
                  Run #{run.number}
                </Link>
                <p className="truncate text-xs text-muted-foreground" title={run.task}>
                  {run.task}
                </p>
                {run.resumedFrom !== null ? (
                  <p className="mt-0.5 flex items-center gap-1 text-xs text-muted-foreground">
                    <CornerUpLeft aria-hidden className="size-3" />
                    Resumed from #{run.resumedFrom}
                  </p>
                ) : null}
              </td>
              <td className={td}>
                <RunStatusBadge status={run.status} />
              </td>
              <td className={cn(td, "hidden whitespace-nowrap md:table-cell")}>{run.workflowName}</td>
              {showProject ? (
                <td className={cn(td, "hidden lg:table-cell")}>
                  <Link href={`/${workspace.slug}/projects/${run.project.slug}`} className="relative z-10 whitespace-nowrap hover:underline">
                    {run.project.name}
                  </Link>
                </td>
              ) : null}
              <td className={cn(td, "hidden sm:table-cell")}>
                <Progress done={run.steps.done} total={run.steps.total} status={run.status} />
              </td>
              <td className={cn(td, "hidden whitespace-nowrap text-muted-foreground md:table-cell")}>
                <RelativeTime date={run.createdAt} />
              </td>
              <td className={cn(td, "hidden text-right whitespace-nowrap tabular-nums lg:table-cell")}>{formatDuration(run.durationMs)}</td>
              <td className={cn(td, "text-right whitespace-nowrap tabular-nums")}>{formatUsd(run.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RunsTableSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div aria-busy className="grid gap-px overflow-hidden rounded-xl border bg-border">
      <span className="sr-only" role="status">
        Loading runs…
      </span>
      <div className="h-10 bg-muted/30" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-6 bg-card px-4 py-3.5">
          <div className="grid flex-1 gap-1.5">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-3 w-56 max-w-full" />
          </div>
          <Skeleton className="h-5 w-20" />
          <Skeleton className="hidden h-4 w-28 md:block" />
          <Skeleton className="hidden h-2 w-20 sm:block" />
          <Skeleton className="h-4 w-14" />
        </div>
      ))}
    </div>
  );
}
