"use client";

// The latest model calls, newest first: model, agent, tokens, cost, latency,
// cache level and status, each expandable to the attempts the gateway made
// (retries, waits and fallbacks).
import type { UseQueryResult } from "@tanstack/react-query";

import { providerLabel } from "@/components/models/provider-meta";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { ExpandableRow } from "@/components/ui/expandable-row";
import { LogTable, type LogTableColumn } from "@/components/ui/log-table";
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

const columns: LogTableColumn[] = [
  { label: "Attempts", hideLabel: true, className: "pr-1", skeleton: "size-6" },
  { label: "When", skeleton: "h-4 w-20" },
  { label: "Model", skeleton: "h-4 w-36" },
  { label: "Agent", className: "max-lg:hidden", skeleton: "h-4 w-24" },
  { label: "Tokens in / out", className: "text-right", title: "Input / output tokens", skeleton: "ml-auto h-4 w-16" },
  { label: "Cost", className: "text-right", skeleton: "ml-auto h-4 w-14" },
  { label: "Latency", className: "text-right max-md:hidden", skeleton: "ml-auto h-4 w-12" },
  { label: "Cache", className: "max-md:hidden", skeleton: "h-4 w-8" },
  { label: "Status", className: "pr-0", skeleton: "h-5 w-10" },
];

function agentLabel(call: TModelCallRow, agentNames: Map<string, string>): string {
  if (call.agentId) return agentNames.get(call.agentId) ?? call.agentId;
  return purposeLabels[call.purpose] ?? call.purpose;
}

function CallDetail({ call, agentNames }: { call: TModelCallRow; agentNames: Map<string, string> }) {
  return (
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
  );
}

function CallRow({ call, agentNames }: { call: TModelCallRow; agentNames: Map<string, string> }) {
  const summary = summarizeAttempts(call.attempts);
  const eventful = summary.retries > 0 || summary.fallbacks > 0 || call.status !== "ok";
  const cell = "py-2.5 pr-4 align-middle";

  return (
    <ExpandableRow
      columns={columns.length}
      toggleLabel={(open) => `${open ? "Hide" : "Show"} attempts for ${call.model}, ${call.createdAt.toLocaleString()}`}
      detail={<CallDetail call={call} agentNames={agentNames} />}
    >
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
    </ExpandableRow>
  );
}

export function CallsLog({ calls, agentNames, limit }: { calls: UseQueryResult<TModelCallRow[], unknown>; agentNames: Map<string, string>; limit: number }) {
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
          <LogTable caption="Recent model calls" columns={columns} loading={calls.isPending}>
            {calls.data?.map((call) => (
              <CallRow key={call.id} call={call} agentNames={agentNames} />
            ))}
          </LogTable>
        )}
      </CardContent>
    </Card>
  );
}
