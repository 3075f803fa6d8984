"use client";

// Where the usage went: by agent, by model and by project, as ranked bars of
// cost, calls or tokens (one switch for all three).
import { Bot, Cpu, FolderKanban } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";

import { HorizontalBars, type THorizontalBar } from "@/components/charts/horizontal-bars";
import { providerLabel } from "@/components/models/provider-meta";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TUsageSummary } from "@/server/services/models/usage-summary";

import { formatCount, formatTokens, formatUsd, formatUsdAxis, plural } from "./format";
import { OfflineModelBadge } from "./usage-badges";
import { Segmented } from "./segmented";

type TMetric = "cost" | "calls" | "tokens";
type TSums = { costUsd: number; calls: number; inputTokens: number; outputTokens: number };

const metricOptions = [
  { value: "cost", label: "Cost" },
  { value: "calls", label: "Calls" },
  { value: "tokens", label: "Tokens" },
] as const;

const SHOWN = 8;

const valueOf = (metric: TMetric, row: TSums) =>
  metric === "cost" ? row.costUsd : metric === "calls" ? row.calls : row.inputTokens + row.outputTokens;

const formatsOf: Record<TMetric, { value: (v: number) => string; tick: (v: number) => string; axis: string }> = {
  cost: { value: formatUsd, tick: formatUsdAxis, axis: "Cost (USD)" },
  calls: { value: formatCount, tick: formatTokens, axis: "Calls" },
  tokens: { value: formatTokens, tick: formatTokens, axis: "Tokens (input + output)" },
};

function detail(metric: TMetric, row: TSums): string {
  const tokens = `${formatTokens(row.inputTokens)} in · ${formatTokens(row.outputTokens)} out`;
  // The line under a row names what its bar does not show.
  return `${metric === "calls" ? formatUsd(row.costUsd) : plural(row.calls, "call")} · ${tokens}`;
}

function BreakdownCard({ title, icon, metric, rows, empty }: { title: string; icon: ReactNode; metric: TMetric; rows: (THorizontalBar & { sums: TSums })[]; empty: string }) {
  const format = formatsOf[metric];
  const sorted = [...rows].sort((a, b) => valueOf(metric, b.sums) - valueOf(metric, a.sums));
  const shown = sorted.slice(0, SHOWN).map((row) => ({ ...row, value: valueOf(metric, row.sums), detail: detail(metric, row.sums) }));
  const hidden = sorted.length - shown.length;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <span aria-hidden className="text-muted-foreground [&_svg]:size-4">
            {icon}
          </span>
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        {shown.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          <>
            <HorizontalBars items={shown} formatValue={format.value} formatTick={format.tick} axisLabel={format.axis} integer={metric !== "cost"} />
            {hidden > 0 ? <p className="mt-3 text-xs text-muted-foreground">and {plural(hidden, "more")} with less.</p> : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}

export function Breakdowns({
  summary,
  agentNames,
  base,
}: {
  summary: TUsageSummary;
  /** Agent id → name, for agents the catalogue knows. */
  agentNames: Map<string, string>;
  /** "/<workspace>", for links. */
  base: string;
}) {
  const [metric, setMetric] = useState<TMetric>(() => (summary.totals.costUsd === 0 && summary.totals.calls > 0 ? "calls" : "cost"));

  const agents = summary.byAgent.map((row) => {
    const name = row.agentId ? (agentNames.get(row.agentId) ?? row.agentId) : "No agent";
    return {
      key: row.agentId ?? "none",
      name,
      sums: row,
      value: 0,
      label: row.agentId ? (
        <Link href={`${base}/agents/${row.agentId}`} className="truncate font-medium underline-offset-4 hover:underline">
          {name}
        </Link>
      ) : (
        <span className="truncate text-muted-foreground" title="Tests in Settings → Models and calls made outside an agent">
          No agent <span className="text-xs">(tests, direct calls)</span>
        </span>
      ),
    };
  });

  const models = summary.byModel.map((row) => ({
    key: `${row.provider}:${row.model}`,
    name: `${providerLabel(row.provider)} ${row.model}`,
    sums: row,
    value: 0,
    label: (
      <>
        <span className="truncate font-mono text-[13px] font-medium">{row.model}</span>
        {row.offline ? <OfflineModelBadge /> : <span className="shrink-0 text-xs text-muted-foreground">{providerLabel(row.provider)}</span>}
      </>
    ),
  }));

  const projects = summary.byProject.map((row) => {
    const name = row.project?.name ?? (row.projectId ? "Deleted project" : "No project");
    return {
      key: row.projectId ?? "none",
      name,
      sums: row,
      value: 0,
      label: row.project ? (
        <Link href={`${base}/projects/${row.project.slug}`} className="truncate font-medium underline-offset-4 hover:underline">
          {name}
        </Link>
      ) : (
        <span className="truncate text-muted-foreground">{name}</span>
      ),
    };
  });

  return (
    <section aria-labelledby="usage-breakdowns" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="usage-breakdowns" className="text-base font-semibold">
            Where it went
          </h2>
          <p className="text-sm text-muted-foreground">The agents, models and projects behind the numbers above.</p>
        </div>
        <Segmented label="Breakdowns show" size="sm" value={metric} onChange={setMetric} options={metricOptions} />
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <BreakdownCard title="By agent" icon={<Bot />} metric={metric} rows={agents} empty="No agent made a call in this window." />
        <BreakdownCard title="By model" icon={<Cpu />} metric={metric} rows={models} empty="No model answered in this window." />
        <BreakdownCard title="By project" icon={<FolderKanban />} metric={metric} rows={projects} empty="No project made a call in this window." />
      </div>
    </section>
  );
}
