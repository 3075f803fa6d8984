// Small labels for model calls: the offline model, the cache level that served
// an answer, and how a call ended.
import { WifiOff } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export function OfflineModelBadge({ className }: { className?: string }) {
  return (
    <Badge
      variant="warning"
      className={className}
      title="The built-in offline model: deterministic drafts, no provider configured. Costs nothing."
    >
      <WifiOff aria-hidden />
      offline model
    </Badge>
  );
}

const cacheLevels: Record<string, string> = {
  l1: "Served from this server's memory (L1)",
  l2: "Served from the shared Redis cache (L2)",
  l3: "Served from the database cache (L3)",
};

export function CacheBadge({ hit, level }: { hit: boolean; level: string | null }) {
  if (!hit) {
    return (
      <span className="text-xs text-muted-foreground" title="Not served from the response cache">
        miss
      </span>
    );
  }
  const key = level?.toLowerCase() ?? "";
  return (
    <Badge variant="info" title={cacheLevels[key] ?? "Served from the response cache"}>
      {key ? key.toUpperCase() : "hit"}
    </Badge>
  );
}

const statuses: Record<string, { label: string; variant: "success" | "destructive" | "warning" }> = {
  ok: { label: "ok", variant: "success" },
  error: { label: "error", variant: "destructive" },
  budget_exceeded: { label: "over budget", variant: "warning" },
};

export function CallStatusBadge({ status, className }: { status: string; className?: string }) {
  const known = statuses[status];
  return (
    <Badge variant={known?.variant ?? "outline"} className={cn("font-normal", className)}>
      {known?.label ?? status}
    </Badge>
  );
}
