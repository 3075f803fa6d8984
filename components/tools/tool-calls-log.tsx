"use client";

// Every tool call agents made or were refused, newest first: when, which run
// and agent, which tool of which server, its operation, the policy's decision
// and why, and how long it took. Filter by run; older calls load on request.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Filter, ScrollText, X } from "lucide-react";
import Link from "next/link";
import { useMemo, useState, type FormEvent } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { LogTable, LogTableMore, type LogTableColumn } from "@/components/ui/log-table";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TToolCallRow } from "@/server/services/tools/tool-views";

import { OperationBadge } from "./server-tool-list";
import { decisionBadges, formatDurationMs, outcomeLabels } from "./tool-meta";

const PAGE = 25;

const columns: LogTableColumn[] = [
  { label: "When", skeleton: "h-4 w-20" },
  { label: "Run", skeleton: "h-4 w-16" },
  { label: "Agent", className: "max-lg:hidden", skeleton: "h-4 w-24" },
  { label: "Server / tool", skeleton: "h-4 w-36" },
  { label: "Operation", skeleton: "h-4 w-12" },
  { label: "Decision", skeleton: "h-4 w-16" },
  { label: "Reason", className: "max-md:hidden", skeleton: "h-4 w-48" },
  { label: "Duration", className: "pr-0 text-right", skeleton: "h-4 w-10" },
];

function CallRow({ call, agentNames, base, onFilterRun }: { call: TToolCallRow; agentNames: Map<string, string>; base: string; onFilterRun: (runId: string) => void }) {
  const decision = decisionBadges[call.decision];
  const cell = "py-2.5 pr-4 align-top";
  return (
    <tr className="border-b">
      <td className={cn(cell, "whitespace-nowrap text-muted-foreground")}>
        <RelativeTime date={call.createdAt} />
      </td>
      <td className={cn(cell, "whitespace-nowrap")}>
        {call.runId ? (
          <span className="flex items-center gap-1">
            <Link href={`${base}/runs/${call.runId}`} className="font-medium hover:underline">
              {call.run ? `Run #${call.run.number}` : "Run"}
            </Link>
            <Button variant="ghost" size="icon-sm" className="size-6" aria-label={`Only calls of this run`} title="Only calls of this run" onClick={() => onFilterRun(call.runId!)}>
              <Filter className="size-3.5" />
            </Button>
          </span>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
        {call.stepId ? <div className="font-mono text-xs text-muted-foreground">{call.stepId}</div> : null}
      </td>
      <td className={cn(cell, "max-w-40 truncate max-lg:hidden")} title={call.agentId ?? undefined}>
        {call.agentId ? (agentNames.get(call.agentId) ?? call.agentId) : <span className="text-muted-foreground">—</span>}
      </td>
      <td className={cn(cell, "max-w-56")}>
        <code className="font-mono text-xs break-all">
          <span className="text-muted-foreground">{call.serverName}/</span>
          {call.toolName}
        </code>
      </td>
      <td className={cell}>
        <OperationBadge operation={call.operation} />
      </td>
      <td className={cell}>
        <div className="grid gap-1">
          <Badge variant={decision.variant} title={decision.hint}>
            {decision.label}
          </Badge>
          <span className="text-xs text-muted-foreground" title={`Outcome: ${outcomeLabels[call.outcome]} · policy version ${call.policyVersion}`}>
            {outcomeLabels[call.outcome]} · v{call.policyVersion}
          </span>
        </div>
      </td>
      <td className={cn(cell, "max-w-80 text-[13px] max-md:hidden")}>
        {call.reason ? (
          <p className="line-clamp-2 wrap-anywhere" title={call.reason}>
            {call.reason}
          </p>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
        {call.resultSummary ? (
          <p className="line-clamp-1 text-xs text-muted-foreground" title={call.resultSummary}>
            {call.resultSummary}
          </p>
        ) : null}
      </td>
      {/* A refused call never reached the server: there is no duration to show. */}
      <td className="py-2.5 text-right align-top whitespace-nowrap tabular-nums text-muted-foreground">{formatDurationMs(call.outcome === "denied" ? null : call.durationMs)}</td>
    </tr>
  );
}

export function ToolCallsLog({ runId, onRunChange }: { runId: string; onRunChange: (runId: string) => void }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const base = `/${workspace.slug}`;
  const [typed, setTyped] = useState(runId);
  // Follow the URL when the filter changes from elsewhere (a row's filter button, back/forward).
  const [shownFor, setShownFor] = useState(runId);
  if (shownFor !== runId) {
    setShownFor(runId);
    setTyped(runId);
  }

  const calls = useInfiniteQuery(
    trpc.tools.calls.infiniteQueryOptions(
      { workspaceSlug: workspace.slug, limit: PAGE, ...(runId ? { runId } : {}) },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: (previous) => previous },
    ),
  );
  const agents = useQuery(trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }));
  const agentNames = useMemo(() => new Map((agents.data ?? []).map((a) => [a.id, a.name])), [agents.data]);
  const rows = calls.data?.pages.flatMap((page) => page.data) ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onRunChange(typed.trim());
  }

  let body;
  if (calls.isError) {
    body = <ErrorState title="Couldn't load tool calls" message={errorMessage(calls.error)} onRetry={() => calls.refetch()} />;
  } else if (!calls.isPending && rows.length === 0) {
    body = runId ? (
      <EmptyState
        icon={<ScrollText />}
        title="No tool calls in this run"
        description="Its agents called no tools, or the run id is not one of this workspace's runs."
        action={
          <Button variant="outline" onClick={() => onRunChange("")}>
            Show all runs
          </Button>
        }
      />
    ) : (
      <EmptyState icon={<ScrollText />} title="No tool calls yet" description="Every call an agent makes to an MCP tool shows up here, allowed or not, with the policy's reason." />
    );
  } else {
    body = (
      <div className="grid gap-2">
        <LogTable caption="Tool calls, newest first" columns={columns} loading={calls.isPending} dimmed={calls.isPlaceholderData}>
          {rows.map((call) => (
            <CallRow key={call.id} call={call} agentNames={agentNames} base={base} onFilterRun={onRunChange} />
          ))}
        </LogTable>
        <LogTableMore hasMore={calls.hasNextPage} loading={calls.isFetchingNextPage} onLoad={() => calls.fetchNextPage()}>
          Show older calls
        </LogTableMore>
      </div>
    );
  }

  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Call log</CardTitle>
        <CardDescription>Each tool call with the policy version it was decided under. Arguments are stored with secrets removed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter tool calls by run">
          <Input value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="Run id" aria-label="Run id" className="h-8 w-72 font-mono text-xs" spellCheck={false} />
          <Button type="submit" variant="outline" size="sm">
            <Filter aria-hidden />
            Filter
          </Button>
          {runId ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => onRunChange("")}>
              <X aria-hidden />
              All runs
            </Button>
          ) : null}
        </form>
        {body}
      </CardContent>
    </Card>
  );
}
