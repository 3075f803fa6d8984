// The usage page's headline numbers for the chosen window: cost, calls, tokens,
// the response cache and what went wrong.
import { CircleAlert, Coins, Database, Hash, Layers } from "lucide-react";
import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import type { TUsageSummary } from "@/server/services/models/usage-summary";

import { formatCount, formatPercent, formatTokens, formatUsd, plural } from "./format";

function Stat({ label, icon, value, detail, className }: { label: string; icon: ReactNode; value: ReactNode; detail: ReactNode; className?: string }) {
  return (
    <Card className={cn("min-w-0 gap-1.5 px-5 py-4", className)}>
      <div className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
        <h3 className="truncate font-medium">{label}</h3>
        <span aria-hidden className="[&_svg]:size-4">
          {icon}
        </span>
      </div>
      <div className="truncate text-2xl font-semibold tracking-tight tabular-nums">{value}</div>
      <div className="text-[13px] text-muted-foreground">{detail}</div>
    </Card>
  );
}

export function UsageStats({ totals }: { totals: TUsageSummary["totals"] }) {
  return (
    <section aria-label="Totals" className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <Stat
        label="Total cost"
        icon={<Coins />}
        value={formatUsd(totals.costUsd)}
        detail={
          totals.unpricedCalls > 0
            ? `${plural(totals.unpricedCalls, "call")} without a list price`
            : totals.calls > 0
              ? `${formatUsd(totals.costUsd / totals.calls)} per call on average`
              : "No calls in this window"
        }
      />
      <Stat label="Model calls" icon={<Hash />} value={formatCount(totals.calls)} detail={totals.calls === 1 ? "call to a model" : "calls to models"} />
      <Stat
        label="Tokens"
        icon={<Layers />}
        value={
          <>
            {formatTokens(totals.inputTokens)}
            <span className="text-sm font-normal text-muted-foreground"> in</span> / {formatTokens(totals.outputTokens)}
            <span className="text-sm font-normal text-muted-foreground"> out</span>
          </>
        }
        detail={
          totals.cachedInputTokens > 0
            ? `${formatTokens(totals.cachedInputTokens)} input tokens from the provider's prompt cache`
            : "Input and output tokens"
        }
      />
      <Stat
        label="Cache hit ratio"
        icon={<Database />}
        value={formatPercent(totals.hitRatio)}
        detail={
          totals.cacheHits > 0
            ? `${formatUsd(totals.savedUsd)} saved by ${plural(totals.cacheHits, "cached answer")}`
            : `${formatUsd(totals.savedUsd)} saved · no cached answers yet`
        }
      />
    </section>
  );
}

/** Calls that failed or that a budget refused, next to the budget meter. */
export function ProblemsStat({ totals, className }: { totals: TUsageSummary["totals"]; className?: string }) {
  const problems = totals.errors + totals.budgetRefusals;
  return (
    <Stat
      label="Errors & refusals"
      icon={<CircleAlert />}
      className={className}
      value={<span className={problems > 0 ? "text-destructive" : undefined}>{formatCount(problems)}</span>}
      detail={
        <>
          {plural(totals.errors, "error")} · {plural(totals.budgetRefusals, "budget refusal")}
          <span className="mt-1 block text-xs">
            {problems > 0 ? "Expand a call below to see what the gateway tried." : "Every call in this window got an answer."}
          </span>
        </>
      }
    />
  );
}

export function UsageStatsSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {[0, 1, 2, 3].map((i) => (
        <Card key={i} className="gap-2.5 px-5 py-4">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-7 w-20" />
          <Skeleton className="h-3.5 w-32" />
        </Card>
      ))}
    </div>
  );
}
