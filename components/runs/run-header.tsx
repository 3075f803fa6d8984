"use client";

// The top of a run's page: which run of which workflow on which project, its
// state (live while it goes), what it has cost so far, how long it has taken,
// where it came from and what resumed it, and Cancel while it is going.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleStop, CornerUpLeft, GitFork } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";

import { formatCount, formatDuration, formatUsd, plural, spanMs } from "./format";
import { OfflineBadge, RunStatusBadge } from "./run-status";
import { isActive, type TRunDetail } from "./run-types";
import type { TRunConnection } from "./use-run-events";

function LiveIndicator({ connection }: { connection: TRunConnection }) {
  if (connection === "closed") return null;
  const live = connection === "live";
  return (
    <span className="flex items-center gap-1.5 text-xs text-muted-foreground" role="status">
      <span aria-hidden className="relative flex size-2">
        {live ? <span className="absolute inline-flex size-full rounded-full bg-success opacity-60 motion-safe:animate-ping" /> : null}
        <span className={cn("relative inline-flex size-2 rounded-full", live ? "bg-success" : "bg-muted-foreground/50")} />
      </span>
      {live ? "Live" : connection === "reconnecting" ? "Reconnecting…" : "Connecting…"}
    </span>
  );
}

function Stat({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="grid min-w-0 content-start gap-1 rounded-xl border bg-card px-4 py-3 shadow-xs">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="grid gap-1">
        {/* Live values (a running clock) differ by a second between server and browser. */}
        <span className="text-xl font-semibold tracking-tight tabular-nums" suppressHydrationWarning>
          {value}
        </span>
        {detail ? <span className="text-xs text-muted-foreground">{detail}</span> : null}
      </dd>
    </div>
  );
}

function CancelRunButton({ run }: { run: TRunDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const cancel = useMutation(trpc.run.cancel.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <CircleStop aria-hidden />
          Cancel run
        </Button>
      }
      title={`Cancel run #${run.number}?`}
      description="The step in progress stops now and no further steps start. Finished steps keep their deliverables, and you can resume the run later from any step."
      confirmLabel="Cancel run"
      cancelLabel="Keep running"
      onConfirm={async () => {
        await cancel.mutateAsync({ workspaceSlug: workspace.slug, runId: run.id });
        toast.success(`Run #${run.number} cancelled`);
        await queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey({ workspaceSlug: workspace.slug, runId: run.id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.run.list.queryKey() });
      }}
    />
  );
}

export function RunHeader({ run, connection, now }: { run: TRunDetail; connection: TRunConnection; now: number }) {
  const { workspace, can } = useWorkspace();
  const base = `/${workspace.slug}`;
  const titleOf = new Map(run.steps.map((s) => [s.id, s.title]));
  const done = run.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").length;
  const total = run.steps.length;
  const active = isActive(run.status);
  const duration = spanMs(run.startedAt, run.finishedAt, now);
  const tokens = run.totals.inputTokens + run.totals.outputTokens;
  const resumedFrom = run.lineage.resumedFrom;

  return (
    <header className="grid gap-5 pb-6">

      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid min-w-0 gap-1.5">
          <div className="flex flex-wrap items-center gap-2.5">
            <h1 className="text-2xl font-semibold tracking-tight">
              Run #{run.number} <span className="font-normal text-muted-foreground">· {run.workflow.name}</span>
            </h1>
            <RunStatusBadge status={run.status} />
            {run.offline ? <OfflineBadge /> : null}
            <LiveIndicator connection={connection} />
          </div>
          <p className="text-sm text-muted-foreground">
            On{" "}
            <Link href={`${base}/projects/${run.project.slug}`} className="font-medium text-foreground hover:underline">
              {run.project.name}
            </Link>
            {run.startedBy ? ` · started by ${displayName(run.startedBy)}` : null} · <RelativeTime date={run.createdAt} /> ·{" "}
            <span title="Where the run executes">{run.engine === "inngest" ? "Inngest engine" : "embedded engine"}</span>
          </p>
        </div>
        {active && can("run.cancel") ? <CancelRunButton run={run} /> : null}
      </div>

      {resumedFrom || run.lineage.resumedAs.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" aria-label="Lineage">
          {resumedFrom ? (
            <span className="flex items-center gap-1.5">
              <CornerUpLeft aria-hidden className="size-4 text-muted-foreground" />
              Resumed from{" "}
              <Link href={`${base}/runs/${resumedFrom.id}`} className="font-medium text-primary hover:underline">
                #{resumedFrom.number}
              </Link>
              {resumedFrom.step ? <span className="text-muted-foreground">at step “{titleOf.get(resumedFrom.step) ?? resumedFrom.step}”</span> : null}
            </span>
          ) : null}
          {run.lineage.resumedAs.length > 0 ? (
            <span className="flex flex-wrap items-center gap-1.5">
              <GitFork aria-hidden className="size-4 text-muted-foreground" />
              Resumed as{" "}
              {run.lineage.resumedAs.map((next, i) => (
                <span key={next.id}>
                  <Link href={`${base}/runs/${next.id}`} className="font-medium text-primary hover:underline">
                    #{next.number}
                  </Link>
                  {next.resumedFromStep ? <span className="text-muted-foreground"> from “{titleOf.get(next.resumedFromStep) ?? next.resumedFromStep}”</span> : null}
                  {i < run.lineage.resumedAs.length - 1 ? "," : null}
                </span>
              ))}
            </span>
          ) : null}
        </div>
      ) : null}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <div className="col-span-2 grid min-w-0 content-start gap-1 rounded-xl border bg-card px-4 py-3 shadow-xs sm:col-span-1">
          <dt className="text-xs font-medium text-muted-foreground">Progress</dt>
          <dd className="grid gap-2">
            <span className="text-xl font-semibold tracking-tight tabular-nums">
              {done} <span className="text-sm font-normal text-muted-foreground">/ {plural(total, "step")}</span>
            </span>
            <span
              role="progressbar"
              aria-label="Steps done"
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              className="h-1.5 overflow-hidden rounded-full bg-muted"
            >
              <span
                className={cn("block h-full rounded-full transition-[width] duration-500", run.status === "failed" ? "bg-destructive" : run.status === "succeeded" ? "bg-success" : "bg-info")}
                style={{ width: `${total ? (done / total) * 100 : 0}%` }}
              />
            </span>
          </dd>
        </div>
        <Stat label="Duration" value={formatDuration(duration)} detail={run.finishedAt ? <RelativeTime date={run.finishedAt} prefix="Finished" /> : active ? "and counting" : "not started"} />
        <Stat label="Cost" value={formatUsd(run.totals.costUsd)} detail={run.workflow.limits.costCapUsd ? `cap ${formatUsd(run.workflow.limits.costCapUsd)}` : "no cost cap"} />
        <Stat label="Tokens" value={formatCount(tokens)} detail={`${formatCount(run.totals.inputTokens)} in · ${formatCount(run.totals.outputTokens)} out`} />
        <Stat label="Model calls" value={formatCount(run.totals.modelCalls)} detail={run.offline ? "answered by the offline model" : "across all steps"} />
      </dl>
    </header>
  );
}
