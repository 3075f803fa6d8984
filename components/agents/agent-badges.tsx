// Small labels for agents: category, model tier, a deliverable type chip and a
// tool operation. Shared by the catalogue cards and the agent page.
import { Brain, Gauge, Zap } from "lucide-react";
import type { ComponentProps } from "react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

import { categoryLabels, tierClassNames, tierDescriptions, tierLabels, type TAgentCategory, type TModelTier } from "./agent-meta";

const tierIcons = { fast: Zap, balanced: Gauge, deep: Brain } as const;

export function CategoryBadge({ category, className }: { category: TAgentCategory; className?: string }) {
  return (
    <Badge variant="secondary" className={className}>
      {categoryLabels[category]}
    </Badge>
  );
}

export function TierBadge({ tier, className }: { tier: TModelTier; className?: string }) {
  const Icon = tierIcons[tier];
  return (
    <Badge variant="outline" className={cn(tierClassNames[tier], className)} title={tierDescriptions[tier]}>
      <Icon aria-hidden />
      {tierLabels[tier]}
      <span className="sr-only"> model tier</span>
    </Badge>
  );
}

/** A deliverable type such as `api_specification`, in mono so it reads as an identifier. */
export function DeliverableChip({ type, className, ...props }: ComponentProps<"span"> & { type: string }) {
  return (
    <span
      className={cn(
        "inline-flex h-5 max-w-full items-center truncate rounded-sm border bg-muted/60 px-1.5 font-mono text-[11px] text-foreground/80",
        className,
      )}
      {...props}
    >
      {type}
    </span>
  );
}

/** A workspace's own agent (or its override of a built-in), at its published version. */
export function CustomBadge({ version }: { version: number }) {
  return (
    <Badge variant="outline" className="font-normal text-muted-foreground" title={`Custom agent, version ${version}`}>
      Custom · v{version}
    </Badge>
  );
}

const operationVariants = { read: "secondary", write: "info", execute: "warning" } as const;

export function OperationBadge({ operation }: { operation: string }) {
  const variant = operation in operationVariants ? operationVariants[operation as keyof typeof operationVariants] : "outline";
  return <Badge variant={variant}>{operation}</Badge>;
}
