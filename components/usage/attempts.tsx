// What the gateway did for one call: each attempt in order, with the wait
// before it, how it ended, and why the gateway moved on to the next model.
// Shared by the usage call log and the Test result in Settings → Models.
import { ArrowDown, Clock } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { TAttempt } from "@/server/models/types";

import { formatDuration, plural } from "./format";

const failureLabels: Record<string, string> = {
  rate_limited: "rate limited",
  server_error: "server error",
  timeout: "timed out",
  network: "network error",
  unusable: "model or key unusable",
  bad_request: "request rejected",
  aborted: "cancelled",
};

const outcomeVariants = { ok: "success", failed: "destructive", skipped: "outline", cached: "info" } as const;

export function summarizeAttempts(attempts: TAttempt[]) {
  return {
    count: attempts.length,
    retries: attempts.filter((a) => a.attempt > 1).length,
    fallbacks: attempts.filter((a) => a.fallback).length,
    waitedMs: attempts.reduce((sum, a) => sum + a.waitedMs, 0),
  };
}

/** "1 attempt", "4 attempts · 2 retries · 1 fallback · waited 1.5 s". */
export function attemptsSummary(attempts: TAttempt[]): string {
  const s = summarizeAttempts(attempts);
  const parts = [plural(s.count, "attempt")];
  if (s.retries) parts.push(plural(s.retries, "retry", "retries"));
  if (s.fallbacks) parts.push(plural(s.fallbacks, "fallback"));
  if (s.waitedMs) parts.push(`waited ${formatDuration(s.waitedMs)}`);
  return parts.join(" · ");
}

export function AttemptsList({ attempts }: { attempts: TAttempt[] }) {
  if (attempts.length === 0) return <p className="text-[13px] text-muted-foreground">No attempts were recorded for this call.</p>;
  return (
    <ol className="grid gap-2" aria-label="Attempts">
      {attempts.map((a, i) => (
        <li key={i} className="grid gap-1">
          {a.waitedMs > 0 ? (
            <p className="flex items-center gap-1.5 pl-1 text-xs text-muted-foreground">
              <Clock className="size-3" aria-hidden />
              waited {formatDuration(a.waitedMs)} before retrying
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[13px]">
            <Badge variant={outcomeVariants[a.outcome]} className="font-normal">
              {a.outcome}
            </Badge>
            <code className="font-mono text-xs">{a.ref}</code>
            <span className="text-xs text-muted-foreground">
              {a.outcome === "cached" ? "from the response cache" : a.outcome === "skipped" ? "not tried" : `attempt ${a.attempt} · ${formatDuration(a.latencyMs)}`}
            </span>
            {a.failure ? (
              <span className="text-xs text-destructive">
                {failureLabels[a.failure] ?? a.failure}
                {a.httpStatus ? ` (HTTP ${a.httpStatus})` : ""}
              </span>
            ) : null}
          </div>
          {a.message && a.outcome !== "ok" ? <p className="pl-1 text-xs break-words text-muted-foreground">{a.message}</p> : null}
          {a.fallback ? (
            <p className="flex items-center gap-1.5 pl-1 text-xs font-medium text-warning">
              <ArrowDown className="size-3" aria-hidden />
              moved on from this model: {a.fallback}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
