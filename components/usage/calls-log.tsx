"use client";

// The latest model calls, newest first: model, agent, tokens, cost, latency,
// cache level and status, each expandable to the attempts the gateway made
// (retries, waits and fallbacks).
import type { UseQueryResult } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import { Fragment, useId, useState } from "react";

import { providerLabel } from "@/components/models/provider-meta";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { TModelCallRow } from "@/server/services/models/list-model-calls";

import { AttemptsList, attemptsSummary, summarizeAttempts } from "./attempts";
import { formatCount, formatDuration, formatTokens, formatUsd } from "./format";
import { CacheBadge, CallStatusBadge, OfflineModelBadge } from "./usage-badges";

const purposeLabels: Record<string, string> = {
  test: "Test from Settings",
  chat: "Chat",
  repair: "Output repair",
  agent: "Agent",
};

const COLUMNS = 9;

function agentLabel(call: TModelCallRow, agentNames: Map<string, string>): string {
  if (call.agentId) return agentNames.get(call.agentId) ?? call.agentId;
  return purposeLabels[call.purpose] ?? call.purpose;
}

function CallRow({ call, agentNames }: { call: TModelCallRow; agentNames: Map<string, string> }) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const summary = summarizeAttempts(call.attempts);
  const eventful = summary.retries > 0 || summary.fallbacks > 0 || call.status !== "ok";
  const cell = "py-2.5 pr-4 align-middle";

  return (
    <Fragment>
      <tr className={cn("border-b", open && "border-transparent bg-muted/40")}>
        <td className="w-8 py-1.5 pr-1 align-middle">
          <Button
            variant="ghost"
            size="icon-sm"
            className="size-7"
            aria-expanded={open}
            aria-controls={detailId}
            aria-label={`${open ? "Hide" : "Show"} attempts for ${call.model}, ${call.createdAt.toLocaleString()}`}
            onClick={() => setOpen((v) => !v)}
          >
            <ChevronRight className={cn("transition-transform", open && "rotate-90")} aria-hidden />
          </Button>
        </td>
        <td className={cn(cell, "whitespace-nowrap text-muted-foreground")}>
          <RelativeTime date={call.createdAt} />
        </td>
        <td className={cn(cell, "max-w-64")}>
          <div className="flex min-w-0 items-center gap-2">
            <code className="truncate font-mono text-xs" title={`${call.provider}:${call.model}`}>
              {call.model}
            </code>
            {call.offline ? <OfflineModelBadge /> : <span className="shrink-0 text-xs text-muted-foreground">{providerLabel(call.provider)}</span>}
          </div>
          {eventful && summary.count > 1 ? <p className="mt-0.5 text-xs text-warning">{attemptsSummary(call.attempts)}</p> : null}
        </td>
        <td className={cn(cell, "max-w-44 truncate max-lg:hidden")} title={call.agentId ?? undefined}>
          {agentLabel(call, agentNames)}
        </td>
        <td
          className={cn(cell, "text-right whitespace-nowrap tabular-nums")}
          title={`${formatCount(call.inputTokens)} input${call.cachedInputTokens ? ` (${formatCount(call.cachedInputTokens)} from the prompt cache)` : ""} · ${formatCount(call.outputTokens)} output`}
        >
          {formatTokens(call.inputTokens)} <span className="text-muted-foreground">/</span> {formatTokens(call.outputTokens)}
        </td>
        <td className={cn(cell, "text-right whitespace-nowrap tabular-nums")}>
          {call.priced ? formatUsd(call.costUsd) : <span className="text-muted-foreground" title="No list price for this model">unpriced</span>}
        </td>
        <td className={cn(cell, "text-right whitespace-nowrap tabular-nums text-muted-foreground max-md:hidden")}>{formatDuration(call.latencyMs)}</td>
        <td className={cn(cell, "max-md:hidden")}>
          <CacheBadge hit={call.cacheHit} level={call.cacheLevel} />
        </td>
        <td className="py-2.5 align-middle">
          <CallStatusBadge status={call.status} />
        </td>
      </tr>
      <tr id={detailId} hidden={!open} className="border-b bg-muted/40">
        <td />
        <td colSpan={COLUMNS - 1} className="pt-1 pr-4 pb-4">
          <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
            <div className="grid content-start gap-2">
              <h4 className="text-xs font-medium text-muted-foreground">{attemptsSummary(call.attempts)}</h4>
              <AttemptsList attempts={call.attempts} />
              {call.error ? <p className="text-[13px] text-destructive">{call.error}</p> : null}
            </div>
            <dl className="grid h-fit grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
              <dt className="text-muted-foreground">Purpose</dt>
              <dd>{purposeLabels[call.purpose] ?? call.purpose}</dd>
              <dt className="text-muted-foreground">Agent</dt>
              <dd className="truncate">{call.agentId ? agentLabel(call, agentNames) : "—"}</dd>
              <dt className="text-muted-foreground">Project</dt>
              <dd className="truncate">{call.project?.name ?? "—"}</dd>
              <dt className="text-muted-foreground">Run</dt>
              <dd className="truncate font-mono">{call.runId ?? "—"}</dd>
              <dt className="text-muted-foreground">Latency</dt>
              <dd>{formatDuration(call.latencyMs)}</dd>
              {call.cacheHit ? (
                <>
                  <dt className="text-muted-foreground">Saved</dt>
                  <dd>{formatUsd(call.savedUsd)}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </td>
      </tr>
    </Fragment>
  );
}

function SkeletonRows() {
  return (
    <>
      {[0, 1, 2, 3].map((i) => (
        <tr key={i} className="border-b">
          <td className="py-3 pr-1">
            <Skeleton className="size-6" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-4 w-20" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-4 w-36" />
          </td>
          <td className="py-3 pr-4 max-lg:hidden">
            <Skeleton className="h-4 w-24" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="ml-auto h-4 w-16" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="ml-auto h-4 w-14" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="ml-auto h-4 w-12" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="h-4 w-8" />
          </td>
          <td className="py-3">
            <Skeleton className="h-5 w-10" />
          </td>
        </tr>
      ))}
    </>
  );
}

export function CallsLog({ calls, agentNames, limit }: { calls: UseQueryResult<TModelCallRow[], unknown>; agentNames: Map<string, string>; limit: number }) {
  const head = "pr-4 pb-2 font-medium";
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Recent calls</CardTitle>
        <CardDescription>
          The latest {limit} model calls in this workspace, newest first. Expand a call for its attempts: retries, waits and
          fallbacks.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {calls.isError ? (
          <ErrorState className="min-h-40" title="Couldn't load recent calls" message={errorMessage(calls.error)} onRetry={() => calls.refetch()} />
        ) : calls.data?.length === 0 ? (
          <p className="rounded-lg border border-dashed px-4 py-5 text-sm text-muted-foreground">No model calls yet.</p>
        ) : (
          <div className="-mx-5 overflow-x-auto px-5">
            <table className="w-full text-sm">
              <caption className="sr-only">Recent model calls</caption>
              <thead>
                <tr className="border-b text-left text-xs text-muted-foreground">
                  <th scope="col" className="pb-2">
                    <span className="sr-only">Attempts</span>
                  </th>
                  <th scope="col" className={head}>
                    When
                  </th>
                  <th scope="col" className={head}>
                    Model
                  </th>
                  <th scope="col" className={cn(head, "max-lg:hidden")}>
                    Agent
                  </th>
                  <th scope="col" className={cn(head, "text-right")} title="Input / output tokens">
                    Tokens in / out
                  </th>
                  <th scope="col" className={cn(head, "text-right")}>
                    Cost
                  </th>
                  <th scope="col" className={cn(head, "text-right max-md:hidden")}>
                    Latency
                  </th>
                  <th scope="col" className={cn(head, "max-md:hidden")}>
                    Cache
                  </th>
                  <th scope="col" className="pb-2 font-medium">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody aria-busy={calls.isPending || undefined}>
                {calls.isPending ? <SkeletonRows /> : calls.data.map((call) => <CallRow key={call.id} call={call} agentNames={agentNames} />)}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
