// How run and step states look everywhere: one label, badge tint and icon per
// state, so a list row, the graph and the step panel never disagree.
import {
  Ban,
  CircleCheck,
  CircleDashed,
  CircleSlash,
  CircleX,
  Clock3,
  Hand,
  LoaderCircle,
  type LucideIcon,
} from "lucide-react";

import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

import type { TRunStatus, TStepStatus } from "./run-types";

type TMeta = { label: string; variant: NonNullable<BadgeProps["variant"]>; icon: LucideIcon; spin?: boolean };

export const runStatusMeta: Record<TRunStatus, TMeta> = {
  queued: { label: "Queued", variant: "secondary", icon: Clock3 },
  running: { label: "Running", variant: "info", icon: LoaderCircle, spin: true },
  waiting_approval: { label: "Waiting for approval", variant: "warning", icon: Hand },
  succeeded: { label: "Succeeded", variant: "success", icon: CircleCheck },
  failed: { label: "Failed", variant: "destructive", icon: CircleX },
  cancelled: { label: "Cancelled", variant: "secondary", icon: Ban },
};

export const stepStatusMeta: Record<TStepStatus, TMeta> = {
  pending: { label: "Pending", variant: "secondary", icon: CircleDashed },
  running: { label: "Running", variant: "info", icon: LoaderCircle, spin: true },
  waiting_approval: { label: "Waiting for approval", variant: "warning", icon: Hand },
  succeeded: { label: "Succeeded", variant: "success", icon: CircleCheck },
  failed: { label: "Failed", variant: "destructive", icon: CircleX },
  skipped: { label: "Skipped", variant: "secondary", icon: CircleSlash },
  cancelled: { label: "Cancelled", variant: "secondary", icon: Ban },
};

/** Text colour of each state's icon, for places without a badge (the graph, timelines). */
export const stepStatusTextClass: Record<TStepStatus, string> = {
  pending: "text-muted-foreground",
  running: "text-info",
  waiting_approval: "text-warning",
  succeeded: "text-success",
  failed: "text-destructive",
  skipped: "text-muted-foreground",
  cancelled: "text-muted-foreground",
};

export function RunStatusBadge({ status, className }: { status: TRunStatus; className?: string }) {
  const meta = runStatusMeta[status];
  const Icon = meta.icon;
  return (
    <Badge variant={meta.variant} className={className} data-status={status}>
      <Icon aria-hidden className={cn(meta.spin && "motion-safe:animate-spin")} />
      {meta.label}
    </Badge>
  );
}

export function StepStatusBadge({ status, className }: { status: TStepStatus; className?: string }) {
  const meta = stepStatusMeta[status];
  const Icon = meta.icon;
  return (
    <Badge variant={meta.variant} className={className} data-status={status}>
      <Icon aria-hidden className={cn(meta.spin && "motion-safe:animate-spin")} />
      {meta.label}
    </Badge>
  );
}

export function StepStatusIcon({ status, className }: { status: TStepStatus; className?: string }) {
  const meta = stepStatusMeta[status];
  const Icon = meta.icon;
  return <Icon aria-hidden className={cn("size-4 shrink-0", stepStatusTextClass[status], meta.spin && "motion-safe:animate-spin", className)} />;
}

/** The label the offline model carries wherever its output appears (DESIGN §6). */
export function OfflineBadge({ className }: { className?: string }) {
  return (
    <Badge
      variant="outline"
      className={cn("border-dashed text-muted-foreground", className)}
      title="Produced by the built-in offline model: deterministic placeholder output. Connect a provider in Settings → Models for real output."
    >
      offline model
    </Badge>
  );
}
