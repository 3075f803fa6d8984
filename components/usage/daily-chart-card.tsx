"use client";

// Usage per day over the window: cost, tokens (input and output stacked) or
// calls, one bar per UTC day.
import { useState } from "react";

import { BarChart, type TBarSeries } from "@/components/charts/bar-chart";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TUsageSummary } from "@/server/services/models/usage-summary";

import { formatCount, formatDay, formatDayLong, formatTokens, formatUsd, formatUsdAxis } from "./format";
import { Segmented } from "./segmented";

type TDailyMetric = "cost" | "tokens" | "calls";

const metrics = [
  { value: "cost", label: "Cost" },
  { value: "tokens", label: "Tokens" },
  { value: "calls", label: "Calls" },
] as const;

const seriesOf: Record<TDailyMetric, TBarSeries[]> = {
  cost: [{ key: "costUsd", label: "Cost", color: "var(--chart-1)" }],
  tokens: [
    { key: "inputTokens", label: "Input tokens", color: "var(--chart-3)" },
    { key: "outputTokens", label: "Output tokens", color: "var(--chart-2)" },
  ],
  calls: [{ key: "calls", label: "Calls", color: "var(--chart-3)" }],
};

const formats: Record<TDailyMetric, { value: (v: number) => string; tick: (v: number) => string; axis: string }> = {
  cost: { value: formatUsd, tick: formatUsdAxis, axis: "Cost (USD)" },
  tokens: { value: formatTokens, tick: formatTokens, axis: "Tokens" },
  calls: { value: formatCount, tick: formatTokens, axis: "Calls" },
};

export function DailyChartCard({ summary }: { summary: TUsageSummary }) {
  // Offline-only usage costs nothing: a flat cost chart says less than the calls do.
  const [metric, setMetric] = useState<TDailyMetric>(() => (summary.totals.costUsd === 0 && summary.totals.calls > 0 ? "calls" : "cost"));
  const format = formats[metric];
  const days = summary.range.days;
  const data = summary.byDay.map((d) => ({
    key: d.day,
    label: formatDay(d.day),
    title: formatDayLong(d.day),
    values: { costUsd: d.costUsd, inputTokens: d.inputTokens, outputTokens: d.outputTokens, calls: d.calls },
  }));

  return (
    <Card>
      <CardHeader>
        <CardTitle>{metric === "cost" ? "Cost" : metric === "tokens" ? "Tokens" : "Calls"} by day</CardTitle>
        <CardDescription>Last {days} days, by UTC day. Hover a bar for the exact figures.</CardDescription>
        <CardAction>
          <Segmented label="Daily chart shows" size="sm" value={metric} onChange={setMetric} options={metrics} />
        </CardAction>
      </CardHeader>
      <CardContent>
        <BarChart
          data={data}
          series={seriesOf[metric]}
          formatValue={format.value}
          formatTick={format.tick}
          yLabel={format.axis}
          xLabel="Day (UTC)"
          label={`${format.axis} per day, last ${days} days`}
          integer={metric !== "cost"}
        />
      </CardContent>
    </Card>
  );
}
