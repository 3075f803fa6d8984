// What "Test" in Settings → Models found: the answer (labelled when it came
// from the offline model), the route the gateway took, latency, cost and every
// attempt — or why no model could answer.
import { CircleAlert, CircleCheck } from "lucide-react";

import { AttemptsList, attemptsSummary } from "@/components/usage/attempts";
import { formatDuration, formatUsd } from "@/components/usage/format";
import { OfflineModelBadge } from "@/components/usage/usage-badges";
import type { TTestModelResult } from "@/server/services/models/test-model";

export function TierTestResult({ tierTitle, result, error }: { tierTitle: string; result?: TTestModelResult; error?: string }) {
  if (error || (result && !result.ok)) {
    const attempts = result && !result.ok ? result.attempts : [];
    return (
      <div role="status" className="grid gap-2 rounded-lg border border-destructive/30 bg-destructive/5 p-3 text-sm">
        <p className="flex items-center gap-2 font-medium text-destructive">
          <CircleAlert className="size-4" aria-hidden />
          The {tierTitle.toLowerCase()} tier did not answer
        </p>
        <p className="text-[13px] break-words">{error ?? (result && !result.ok ? result.message : null)}</p>
        {attempts.length > 0 ? (
          <details className="text-[13px]">
            <summary className="cursor-pointer text-muted-foreground">{attemptsSummary(attempts)}</summary>
            <div className="mt-2">
              <AttemptsList attempts={attempts} />
            </div>
          </details>
        ) : null}
      </div>
    );
  }
  if (!result?.ok) return null;

  return (
    <div role="status" className="grid gap-2.5 rounded-lg border border-success/30 bg-success/5 p-3 text-sm">
      <p className="flex flex-wrap items-center gap-2 font-medium">
        <CircleCheck className="size-4 text-success" aria-hidden />
        Ready: the {tierTitle.toLowerCase()} tier answered
        {result.offline ? <OfflineModelBadge /> : null}
      </p>
      <blockquote className="border-l-2 pl-3 text-[13px] break-words whitespace-pre-wrap text-foreground/90">{result.text.trim() || "(an empty answer)"}</blockquote>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground">
        <div className="flex gap-1.5">
          <dt>Route</dt>
          <dd>
            <code className="font-mono text-foreground">{result.ref}</code>
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Latency</dt>
          <dd className="text-foreground tabular-nums">{formatDuration(result.latencyMs)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Cost</dt>
          <dd className="text-foreground tabular-nums">{formatUsd(result.costUsd)}</dd>
        </div>
      </dl>
      <details className="text-[13px]">
        <summary className="cursor-pointer text-xs text-muted-foreground">{attemptsSummary(result.attempts)}</summary>
        <div className="mt-2">
          <AttemptsList attempts={result.attempts} />
        </div>
      </details>
    </div>
  );
}
