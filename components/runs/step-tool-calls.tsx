"use client";
// A step's tool calls, in order: what the agent asked for, what the tool
// policy decided (and by which rule), and what came back.
import { Ban, Check, Hourglass, TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatDuration } from "./format";
import type { TRunDetail } from "./run-types";

type TToolCall = TRunDetail["toolCalls"][number];

const decisionView: Record<string, { label: string; variant: "success" | "destructive" | "warning" | "secondary"; Icon: typeof Check }> = {
  allowed: { label: "Allowed", variant: "success", Icon: Check },
  approved: { label: "Approved", variant: "success", Icon: Check },
  denied: { label: "Denied", variant: "destructive", Icon: Ban },
  rejected: { label: "Rejected", variant: "destructive", Icon: Ban },
  approval_required: { label: "Needs approval", variant: "warning", Icon: Hourglass },
};

export function StepToolCalls({ calls }: { calls: TToolCall[] }) {
  return (
    <ol className="grid gap-2" data-testid="step-tool-calls">
      {calls.map((call) => {
        const view = decisionView[call.decision] ?? { label: call.decision, variant: "secondary" as const, Icon: TriangleAlert };
        return (
          <li key={call.id} className="grid gap-1.5 rounded-lg border px-3.5 py-2.5 text-sm" data-decision={call.decision}>
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={view.variant}>
                <view.Icon aria-hidden className="size-3" />
                {view.label}
              </Badge>
              <span className="font-mono text-xs">
                {call.server} → {call.tool}
              </span>
              <Badge variant="outline">{call.operation}</Badge>
              <span className="ml-auto text-xs text-muted-foreground tabular-nums">
                policy v{call.policyVersion}
                {call.durationMs !== null ? ` · ${formatDuration(call.durationMs)}` : ""}
              </span>
            </div>
            <code className="block truncate font-mono text-xs text-muted-foreground" title={JSON.stringify(call.arguments)}>
              {JSON.stringify(call.arguments)}
            </code>
            {call.reason ? <p className="text-xs text-muted-foreground">{call.reason}</p> : null}
            {call.resultSummary ? (
              <details>
                <summary className="cursor-pointer text-xs font-medium text-muted-foreground select-none hover:text-foreground">
                  {call.outcome === "ok" ? "Result" : "What the agent was told"}
                </summary>
                <pre className="mt-1 max-h-48 overflow-auto rounded-md bg-muted/50 p-2 font-mono text-xs whitespace-pre-wrap">{call.resultSummary}</pre>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
