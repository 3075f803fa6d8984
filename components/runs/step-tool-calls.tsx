"use client";
// A step's tool calls, in order: what the agent asked for, what the tool
// policy decided (and by which rule), and what came back. Decisions and
// operations read and colour as they do in the Tools page's call log.
import { Ban, Check, Hourglass, TriangleAlert } from "lucide-react";

import { OperationBadge } from "@/components/tools/server-tool-list";
import { decisionBadges, operationBadges } from "@/components/tools/tool-meta";
import { Badge } from "@/components/ui/badge";
import type { TToolCallDecision } from "@/server/services/tools/schemas";
import type { TToolOperation } from "@/server/tools/policy/policy-schema";

import { formatDuration } from "./format";
import type { TRunDetail } from "./run-types";

type TToolCall = TRunDetail["toolCalls"][number];

const decisionIcons: Record<TToolCallDecision, typeof Check> = {
  allowed: Check,
  approved: Check,
  denied: Ban,
  rejected: Ban,
  approval_required: Hourglass,
};

const isDecision = (value: string): value is TToolCallDecision => Object.hasOwn(decisionBadges, value);
const isOperation = (value: string): value is TToolOperation => Object.hasOwn(operationBadges, value);

function DecisionBadge({ decision }: { decision: string }) {
  if (!isDecision(decision)) {
    return (
      <Badge variant="secondary">
        <TriangleAlert aria-hidden className="size-3" />
        {decision}
      </Badge>
    );
  }
  const badge = decisionBadges[decision];
  const Icon = decisionIcons[decision];
  return (
    <Badge variant={badge.variant} title={badge.hint}>
      <Icon aria-hidden className="size-3" />
      {badge.label}
    </Badge>
  );
}

export function StepToolCalls({ calls }: { calls: TToolCall[] }) {
  return (
    <ol className="grid gap-2" data-testid="step-tool-calls">
      {calls.map((call) => {
        // A refused call never reached the server: its "duration" is only the policy check.
        const ran = call.outcome === "ok" || call.outcome === "error";
        return (
          <li key={call.id} className="grid gap-1.5 rounded-lg border px-3.5 py-2.5 text-sm" data-decision={call.decision}>
            <div className="flex flex-wrap items-center gap-2">
              <DecisionBadge decision={call.decision} />
              <span className="font-mono text-xs">
                {call.server} → {call.tool}
              </span>
              {isOperation(call.operation) ? <OperationBadge operation={call.operation} /> : <Badge variant="outline">{call.operation}</Badge>}
              <span className="ml-auto text-xs text-muted-foreground tabular-nums">
                policy v{call.policyVersion}
                {ran && call.durationMs !== null ? ` · ${formatDuration(call.durationMs)}` : ""}
              </span>
            </div>
            <code className="block truncate font-mono text-xs text-muted-foreground" title={JSON.stringify(call.arguments)}>
              {JSON.stringify(call.arguments)}
            </code>
            {call.reason ? <p className="text-xs wrap-anywhere text-muted-foreground">{call.reason}</p> : null}
            {call.resultSummary ? (
              <details>
                <summary className="cursor-pointer text-xs font-medium text-muted-foreground select-none hover:text-foreground">
                  {call.outcome === "ok" ? "Result" : "What the agent was told"}
                </summary>
                <pre className="mt-1 max-h-48 overflow-auto rounded-md bg-muted/50 p-2 font-mono text-xs whitespace-pre-wrap">{call.resultSummary}</pre>
              </details>
            ) : call.outcome === "ok" ? (
              <p className="text-xs text-muted-foreground">Returned nothing.</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
