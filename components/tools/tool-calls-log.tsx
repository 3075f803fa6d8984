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
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TToolCallRow } from "@/server/services/tools/tool-views";

import { OperationBadge } from "./server-tool-list";
import { decisionBadges, formatDurationMs, outcomeLabels } from "./tool-meta";

const PAGE = 25;

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

function SkeletonRows() {
  return (
    <>
      {[0, 1, 2, 3].map((i) => (
        <tr key={i} className="border-b">
          {[20, 16, 24, 36, 12, 16, 48, 10].map((w, j) => (
            <td key={j} className="py-3 pr-4">
              <Skeleton className="h-4" style={{ width: `${w * 4}px` }} />
            </td>
          ))}
        </tr>
      ))}
    </>
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

  const head = "pr-4 pb-2 font-medium";
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
        <div className={cn("-mx-5 overflow-x-auto px-5 transition-opacity", calls.isPlaceholderData && "opacity-60")}>
          <table className="w-full text-sm">
            <caption className="sr-only">Tool calls, newest first</caption>
            <thead>
              <tr className="border-b text-left text-xs text-muted-foreground">
                <th scope="col" className={head}>
                  When
                </th>
                <th scope="col" className={head}>
                  Run
                </th>
                <th scope="col" className={cn(head, "max-lg:hidden")}>
                  Agent
                </th>
                <th scope="col" className={head}>
                  Server / tool
                </th>
                <th scope="col" className={head}>
                  Operation
                </th>
                <th scope="col" className={head}>
                  Decision
                </th>
                <th scope="col" className={cn(head, "max-md:hidden")}>
                  Reason
                </th>
                <th scope="col" className="pb-2 text-right font-medium">
                  Duration
                </th>
              </tr>
            </thead>
            <tbody aria-busy={calls.isPending || undefined}>
              {calls.isPending ? <SkeletonRows /> : rows.map((call) => <CallRow key={call.id} call={call} agentNames={agentNames} base={base} onFilterRun={onRunChange} />)}
            </tbody>
          </table>
        </div>
        {calls.hasNextPage ? (
          <div className="text-center">
            <Button variant="ghost" size="sm" loading={calls.isFetchingNextPage} onClick={() => calls.fetchNextPage()}>
              Show older calls
            </Button>
          </div>
        ) : null}
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
