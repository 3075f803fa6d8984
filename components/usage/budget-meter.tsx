// This month's spend against the workspace's monthly cap: what was spent, what
// in-flight calls have reserved, and what is left. Without a cap it says so and
// points at Settings → Models.
import { ArrowRight, Wallet } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TUsageSummary } from "@/server/services/models/usage-summary";

import { formatMonth, formatPercent, formatUsd } from "./format";

type TBudget = TUsageSummary["budget"];

function tone(ratio: number) {
  if (ratio >= 1) return { bar: "bg-destructive", text: "text-destructive", label: "Cap reached: new calls are refused" };
  if (ratio >= 0.8) return { bar: "bg-warning", text: "text-warning", label: "Close to the cap" };
  return { bar: "bg-primary", text: "text-foreground", label: null };
}

export function BudgetMeter({ budget, settingsHref, canManage }: { budget: TBudget; settingsHref: string; canManage: boolean }) {
  const cap = budget.monthlyCapUsd;
  const used = budget.spentUsd + budget.reservedUsd;
  const month = formatMonth(budget.month);
  const runCap = budget.runCapUsd === null ? "No per-run cap" : `Per-run cap ${formatUsd(budget.runCapUsd)}`;
  const settingsLink = (
    <Button variant="ghost" size="sm" asChild>
      <Link href={settingsHref}>
        {canManage ? "Edit budgets" : "Model settings"}
        <ArrowRight aria-hidden />
      </Link>
    </Button>
  );

  if (cap === null) {
    return (
      <Card className="gap-3">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Wallet className="size-4 text-muted-foreground" aria-hidden />
            Budget · {month}
          </CardTitle>
          <CardDescription>
            {formatUsd(budget.spentUsd)} spent this month{budget.reservedUsd > 0 ? `, ${formatUsd(budget.reservedUsd)} reserved by calls in flight` : ""}. {runCap}.
          </CardDescription>
          <CardAction>{settingsLink}</CardAction>
        </CardHeader>
        <CardContent>
          <p className="rounded-md border border-dashed px-3 py-2 text-[13px] text-muted-foreground">
            No monthly cap — set one in{" "}
            <Link href={settingsHref} className="font-medium text-foreground underline-offset-4 hover:underline">
              Settings → Models
            </Link>
            .
          </p>
        </CardContent>
      </Card>
    );
  }

  const ratio = cap > 0 ? used / cap : used > 0 ? 1 : 0;
  const spentPct = cap > 0 ? Math.min(100, (budget.spentUsd / cap) * 100) : 0;
  const reservedPct = cap > 0 ? Math.min(100 - spentPct, (budget.reservedUsd / cap) * 100) : 0;
  const left = Math.max(0, cap - used);
  const t = tone(ratio);

  return (
    <Card className="gap-3">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Wallet className="size-4 text-muted-foreground" aria-hidden />
          Budget · {month}
        </CardTitle>
        <CardDescription>
          Calls that would take the month past its cap are refused before they are made. {runCap}.
        </CardDescription>
        <CardAction>{settingsLink}</CardAction>
      </CardHeader>
      <CardContent className="grid gap-2.5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="text-sm">
            <span className={cn("text-xl font-semibold tabular-nums", t.text)}>{formatUsd(used)}</span>
            <span className="text-muted-foreground"> of {formatUsd(cap)} ({formatPercent(ratio)})</span>
          </p>
          <p className={cn("text-[13px]", t.label ? t.text : "text-muted-foreground")}>{t.label ?? `${formatUsd(left)} left`}</p>
        </div>
        <div
          role="meter"
          aria-label={`Monthly budget used, ${month}`}
          aria-valuemin={0}
          aria-valuemax={cap}
          aria-valuenow={Math.min(used, cap)}
          aria-valuetext={`${formatUsd(used)} of ${formatUsd(cap)}`}
          className="flex h-2.5 w-full overflow-hidden rounded-full bg-muted dark:bg-accent"
        >
          <div className={cn("h-full", t.bar)} style={{ width: `${spentPct}%` }} />
          {/* Reserved: the worst case of calls still running, held until they settle. */}
          <div className={cn("h-full opacity-40", t.bar)} style={{ width: `${reservedPct}%` }} />
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
          <li className="flex items-center gap-1.5">
            <span aria-hidden className={cn("size-2 rounded-full", t.bar)} />
            Spent {formatUsd(budget.spentUsd)}
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className={cn("size-2 rounded-full opacity-40", t.bar)} />
            Reserved {formatUsd(budget.reservedUsd)} by calls in flight
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="size-2 rounded-full bg-muted ring-1 ring-border dark:bg-accent" />
            Left {formatUsd(left)}
          </li>
        </ul>
      </CardContent>
    </Card>
  );
}
