// How tool servers, operations, decisions and outcomes read in the UI. What
// exists is decided on the server (server/services/tools/schemas.ts and the
// policy schema); this only names and colours it.
import type { BadgeProps } from "@/components/ui/badge";
import type { TToolCallDecision, TToolCallOutcome } from "@/server/services/tools/schemas";
import type { TToolOperation } from "@/server/tools/policy/policy-schema";

type TBadge = { label: string; variant: NonNullable<BadgeProps["variant"]>; hint: string };

export const operationBadges: Record<TToolOperation, TBadge> = {
  read: { label: "read", variant: "info", hint: "Only looks: reads files, lists, searches." },
  write: { label: "write", variant: "warning", hint: "Changes something: writes, edits, moves, deletes." },
  execute: { label: "execute", variant: "destructive", hint: "Runs code or commands, or does something unknown." },
};

export const decisionBadges: Record<TToolCallDecision, TBadge> = {
  allowed: { label: "Allowed", variant: "success", hint: "The policy allowed the call." },
  denied: { label: "Denied", variant: "destructive", hint: "The policy refused the call; the agent was told why." },
  approval_required: { label: "Needs approval", variant: "warning", hint: "Waiting for a person to approve the call." },
  approved: { label: "Approved", variant: "success", hint: "A person approved the call." },
  rejected: { label: "Rejected", variant: "destructive", hint: "A person rejected the call." },
};

export const outcomeLabels: Record<TToolCallOutcome, string> = {
  ok: "Succeeded",
  error: "Failed",
  denied: "Not called",
  pending: "Waiting",
};

/** "All agents" is the "*" row of the policy. */
export const ALL_AGENTS = "*";
export const ALL_TOOLS = "*";

export function formatDurationMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${ms} ms`;
  return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
