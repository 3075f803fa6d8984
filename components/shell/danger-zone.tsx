// The "Danger zone" card at the bottom of a settings page: one row per
// consequential action, each saying what it does next to its button.
import type { ReactNode } from "react";

import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function DangerZone({ description, children }: { description?: ReactNode; children: ReactNode }) {
  return (
    <Card className="gap-0 overflow-hidden border-destructive/30 pb-0">
      <CardHeader className="border-b pb-4">
        <CardTitle>Danger zone</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <div className="divide-y">{children}</div>
    </Card>
  );
}

export function DangerRow({ title, description, action }: { title: string; description: ReactNode; action: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="grid gap-1">
        <h4 className="text-sm font-medium">{title}</h4>
        <div className="text-[13px] text-muted-foreground">{description}</div>
      </div>
      <div className="shrink-0">{action}</div>
    </div>
  );
}
