"use client";

// A vertical bar chart in plain SVG: one bar per category (a day, say), stacked
// when there are several series, with a y axis of round ticks, labelled axes and
// the exact values in each bar's tooltip (<title>). Drawn at the container's
// real width (viewBox = measured pixels) so labels never scale. Screen readers
// get the same numbers as a table.
import { cn } from "@/components/ui/cn";

import { niceScale } from "./scale";
import { useWidth } from "./use-width";

export type TBarSeries = {
  key: string;
  label: string;
  /** Any CSS colour, e.g. "var(--chart-1)". */
  color: string;
};

export type TBarDatum = {
  key: string;
  /** Short label under the axis ("Nov 26"). */
  label: string;
  /** Long label for the tooltip and the table ("Thu, Nov 26, 2026"). */
  title: string;
  values: Record<string, number>;
};

export type BarChartProps = {
  data: TBarDatum[];
  series: TBarSeries[];
  /** Exact value, for tooltips and the table. */
  formatValue: (value: number) => string;
  /** Short value, for the y axis ticks. */
  formatTick?: (value: number) => string;
  xLabel: string;
  yLabel: string;
  /** What the chart shows, for assistive tech ("Cost per day, last 30 days"). */
  label: string;
  /** Whole-number values (counts): ticks stay on integers. */
  integer?: boolean;
  height?: number;
  className?: string;
};

const MARGIN = { top: 24, right: 8, bottom: 44, left: 8 };
const CHAR_WIDTH = 6.6; // 11px tabular digits, a little generous
const MIN_LABEL_SPACING = 56;

export function BarChart({ data, series, formatValue, formatTick = formatValue, xLabel, yLabel, label, integer = false, height = 240, className }: BarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const scale = niceScale(Math.max(0, ...totals), 4, { integer });
  const tickLabels = scale.ticks.map(formatTick);
  const left = MARGIN.left + Math.max(...tickLabels.map((t) => t.length)) * CHAR_WIDTH + 8;
  const plotWidth = Math.max(0, width - left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const band = data.length > 0 ? plotWidth / data.length : 0;
  const barWidth = Math.max(1, Math.min(36, band * 0.72));
  const y = (value: number) => MARGIN.top + plotHeight - (scale.max > 0 ? (value / scale.max) * plotHeight : 0);
  const labelEvery = Math.max(1, Math.ceil(data.length / Math.max(1, Math.floor(plotWidth / MIN_LABEL_SPACING))));

  return (
    <figure className={cn("grid gap-3", className)}>
      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden>
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span className="size-2.5 rounded-[3px]" style={{ backgroundColor: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {/* The SVG sits out of flow: its pixel width must not hold the container open when the page narrows. */}
      <div ref={ref} style={{ height }} className="relative w-full min-w-0">
        {width > 0 ? (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            aria-hidden
            className="absolute inset-0 block overflow-visible font-sans text-[11px]"
          >
            <text x={MARGIN.left} y={12} className="fill-muted-foreground text-[11px] font-medium">
              {yLabel}
            </text>
            {scale.ticks.map((tick, i) => (
              <g key={tick}>
                <line
                  x1={left}
                  x2={left + plotWidth}
                  y1={y(tick)}
                  y2={y(tick)}
                  className={i === 0 ? "stroke-border" : "stroke-border/70"}
                  strokeDasharray={i === 0 ? undefined : "3 3"}
                />
                <text x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-muted-foreground tabular-nums">
                  {tickLabels[i]}
                </text>
              </g>
            ))}
            {data.map((d, i) => {
              const x = left + i * band;
              let base = 0;
              const tooltip = [d.title, ...series.map((s) => `${s.label}: ${formatValue(d.values[s.key] ?? 0)}`)];
              if (series.length > 1) tooltip.push(`Total: ${formatValue(totals[i] ?? 0)}`);
              return (
                <g key={d.key} className="group">
                  <title>{tooltip.join("\n")}</title>
                  {/* The whole column answers hover, so thin and empty bars still show their tooltip. */}
                  <rect x={x} y={MARGIN.top} width={band} height={plotHeight} className="fill-foreground opacity-0 transition-opacity group-hover:opacity-[0.04]" />
                  {series.map((s) => {
                    const value = d.values[s.key] ?? 0;
                    if (value <= 0) return null;
                    const top = y(base + value);
                    const segment = y(base) - top;
                    base += value;
                    return (
                      <rect
                        key={s.key}
                        x={x + (band - barWidth) / 2}
                        y={top}
                        width={barWidth}
                        height={Math.max(segment, 1)}
                        rx={Math.min(3, barWidth / 4)}
                        style={{ fill: s.color }}
                        className="transition-opacity group-hover:opacity-80"
                      />
                    );
                  })}
                  {(data.length - 1 - i) % labelEvery === 0 ? (
                    <text x={x + band / 2} y={MARGIN.top + plotHeight + 16} textAnchor="middle" className="fill-muted-foreground">
                      {d.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text x={left + plotWidth / 2} y={height - 6} textAnchor="middle" className="fill-muted-foreground text-[11px] font-medium">
              {xLabel}
            </text>
          </svg>
        ) : null}
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.title}</th>
              {series.map((s) => (
                <td key={s.key}>{formatValue(d.values[s.key] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
