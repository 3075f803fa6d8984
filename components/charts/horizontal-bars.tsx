// Ranked horizontal bars: one row per item (an agent, a model, a project) with
// its label and value above an SVG bar, and a shared axis of round ticks below.
// Labels are HTML so they can hold links and badges; each bar's tooltip
// (<title>) gives the exact value and its share of the total.
import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";

import { niceScale } from "./scale";

export type THorizontalBar = {
  key: string;
  /** What the row is; may contain links and badges. */
  label: ReactNode;
  /** The same as plain text, for the tooltip. */
  name: string;
  value: number;
  /** A second line under the label, e.g. "12 calls · 34k tokens". */
  detail?: ReactNode;
};

export type HorizontalBarsProps = {
  items: THorizontalBar[];
  formatValue: (value: number) => string;
  formatTick?: (value: number) => string;
  /** Axis label under the bars, e.g. "Cost (USD)". */
  axisLabel: string;
  /** Whole-number values (counts): ticks stay on integers. */
  integer?: boolean;
  /** Colour of the bars (any CSS colour). */
  color?: string;
  className?: string;
};

export function HorizontalBars({ items, formatValue, formatTick = formatValue, axisLabel, integer = false, color = "var(--chart-1)", className }: HorizontalBarsProps) {
  const scale = niceScale(Math.max(0, ...items.map((item) => item.value)), 2, { integer });
  const total = items.reduce((sum, item) => sum + item.value, 0);
  const share = (value: number) => (total > 0 ? ` (${Math.round((value / total) * 100)}% of the total)` : "");

  return (
    <figure className={cn("grid gap-4", className)}>
      <ul className="grid gap-3.5">
        {items.map((item) => {
          const pct = scale.max > 0 ? (item.value / scale.max) * 100 : 0;
          return (
            <li key={item.key} className="grid gap-1.5">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="flex min-w-0 items-center gap-2">{item.label}</span>
                <span className="shrink-0 font-medium tabular-nums">{formatValue(item.value)}</span>
              </div>
              <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="block h-2 w-full" aria-hidden>
                <title>{`${item.name}: ${formatValue(item.value)}${share(item.value)}`}</title>
                <rect x={0} y={0} width={100} height={8} rx={1} className="fill-muted dark:fill-accent" />
                {pct > 0 ? <rect x={0} y={0} width={Math.max(pct, 0.6)} height={8} rx={1} style={{ fill: color }} /> : null}
              </svg>
              {item.detail ? <div className="text-xs text-muted-foreground">{item.detail}</div> : null}
            </li>
          );
        })}
      </ul>
      <figcaption className="grid gap-1 border-t pt-1.5 text-[11px] text-muted-foreground" aria-hidden>
        <div className="relative h-3.5 tabular-nums">
          {scale.ticks.map((tick, i) => (
            <span
              key={tick}
              className={cn("absolute top-0", i === 0 ? "left-0" : i === scale.ticks.length - 1 ? "right-0" : "-translate-x-1/2")}
              style={i === 0 || i === scale.ticks.length - 1 ? undefined : { left: `${(tick / scale.max) * 100}%` }}
            >
              {formatTick(tick)}
            </span>
          ))}
        </div>
        <span className="text-center font-medium">{axisLabel}</span>
      </figcaption>
    </figure>
  );
}
