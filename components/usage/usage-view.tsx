"use client";

// The Usage page: what the workspace's model calls cost over 7, 30 or 90 days —
// totals, this month's budget, cost by day, by agent, model and project, the
// most expensive runs, and the latest calls with their attempts. The window
// lives in the URL (?days=7) so a view can be shared.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { BarChart3, Lock, Settings2 } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { roleLabels } from "@/components/members/roles";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { Breakdowns } from "./breakdowns";
import { BudgetMeter } from "./budget-meter";
import { CallsLog } from "./calls-log";
import { DailyChartCard } from "./daily-chart-card";
import { Segmented } from "./segmented";
import { TopRunsCard } from "./top-runs-card";
import { UsageSkeleton } from "./usage-skeleton";
import { ProblemsStat, UsageStats } from "./usage-stats";

const windows = [
  { value: "7", label: "7 days", title: "Today and the 6 days before (UTC)" },
  { value: "30", label: "30 days", title: "Today and the 29 days before (UTC)" },
  { value: "90", label: "90 days", title: "Today and the 89 days before (UTC)" },
] as const;
type TWindow = (typeof windows)[number]["value"];

const CALLS_SHOWN = 25;

function parseWindow(raw: string | null): TWindow {
  return raw === "7" || raw === "90" ? raw : "30";
}

export function UsageView() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const searchParams = useSearchParams();
  const [days, setDaysState] = useState<TWindow>(() => parseWindow(searchParams.get("days")));
  const allowed = can("usage.read");
  const base = `/${workspace.slug}`;
  const settingsHref = `${base}/settings/models`;

  const summary = useQuery({
    ...trpc.usage.summary.queryOptions({ workspaceSlug: workspace.slug, days: Number(days) }),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  const calls = useQuery({ ...trpc.usage.calls.queryOptions({ workspaceSlug: workspace.slug, limit: CALLS_SHOWN }), enabled: allowed });
  // Names for agent ids; the page still works (showing ids) if this fails.
  const agents = useQuery({ ...trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }), enabled: allowed });
  const agentNames = useMemo(() => new Map((agents.data ?? []).map((a) => [a.id, a.name])), [agents.data]);

  function setDays(next: TWindow) {
    setDaysState(next);
    const params = new URLSearchParams(window.location.search);
    if (next === "30") params.delete("days");
    else params.set("days", next);
    const search = params.toString();
    window.history.replaceState(null, "", search ? `${window.location.pathname}?${search}` : window.location.pathname);
  }

  const header = (
    <PageHeader
      title="Usage"
      description={`What the model calls of ${workspace.name} cost: by day, agent, model and project.`}
      actions={allowed ? <Segmented label="Time window" value={days} onChange={setDays} options={windows} /> : null}
    />
  );

  if (!allowed) {
    return (
      <>
        {header}
        <EmptyState
          icon={<Lock />}
          title="Usage is for members and above"
          description={`Your role (${roleLabels[workspace.role]}) can't see what the workspace spends on models. Ask an admin if you need it.`}
        />
      </>
    );
  }

  let body;
  // With no calls in the window, wait for the log too: it decides between "nothing yet" and "nothing lately".
  if (summary.isPending || (summary.data?.totals.calls === 0 && calls.isPending)) {
    body = <UsageSkeleton />;
  } else if (summary.isError) {
    body = (
      <ErrorState
        title="Couldn't load usage"
        message={errorCode(summary.error) === "FORBIDDEN" ? "Your role can't see usage in this workspace." : errorMessage(summary.error)}
        onRetry={() => summary.refetch()}
      />
    );
  } else {
    const data = summary.data;
    const neverCalled = data.totals.calls === 0 && calls.data?.length === 0;
    const budget = <BudgetMeter budget={data.budget} settingsHref={settingsHref} canManage={can("models.manage")} />;
    const testAction = (
      <Button variant="outline" asChild>
        <Link href={settingsHref}>
          <Settings2 aria-hidden />
          Open Settings → Models
        </Link>
      </Button>
    );

    if (neverCalled) {
      body = (
        <div className="grid gap-6">
          <EmptyState
            icon={<BarChart3 />}
            title="No model calls yet"
            description="Run a workflow or use Test in Settings → Models. Cost, tokens and cache hits show up here as soon as an agent calls a model."
            action={testAction}
          />
          {budget}
        </div>
      );
    } else {
      body = (
        <div className={cn("grid gap-6 transition-opacity", summary.isPlaceholderData && "opacity-60")} aria-busy={summary.isPlaceholderData || undefined}>
          <UsageStats totals={data.totals} />
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-4">
            <div className="min-w-0 xl:col-span-3 [&>[data-slot=card]]:h-full">{budget}</div>
            <ProblemsStat totals={data.totals} />
          </div>
          {data.totals.calls === 0 ? (
            <EmptyState
              icon={<BarChart3 />}
              title={`No model calls in the last ${data.range.days} days`}
              description="Earlier calls are outside this window. Pick a longer one to see them."
              action={
                days === "90" ? null : (
                  <Button variant="outline" onClick={() => setDays("90")}>
                    Show the last 90 days
                  </Button>
                )
              }
            />
          ) : (
            <>
              <DailyChartCard summary={data} />
              <Breakdowns summary={data} agentNames={agentNames} base={base} />
              <TopRunsCard runs={data.topRuns} base={base} />
            </>
          )}
          <CallsLog calls={calls} agentNames={agentNames} limit={CALLS_SHOWN} />
        </div>
      );
    }
  }

  return (
    <>
      {header}
      {body}
    </>
  );
}
