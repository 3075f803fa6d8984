"use client";

// One endpoint: URL, description, events, when it was added, how its last
// delivery went; its delivery log on demand, and deleting it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TWebhookEndpoint } from "@/server/services/webhooks/webhook-views";

import { DeliveryLog } from "./delivery-log";
import { deliveryStatusBadges, eventLabels } from "./webhook-meta";

export function WebhookEndpointRow({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [showLog, setShowLog] = useState(false);
  const logId = useId();
  const remove = useMutation(trpc.webhook.delete.mutationOptions());
  const last = endpoint.lastDelivery;

  return (
    <li className="grid">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3">
        <div className="grid min-w-0 flex-1 gap-1">
          <span className="truncate font-mono text-[13px] font-medium" title={endpoint.url}>
            {endpoint.url}
          </span>
          {endpoint.description ? <span className="truncate text-[13px] text-muted-foreground">{endpoint.description}</span> : null}
          <ul className="flex flex-wrap gap-1" aria-label="Events">
            {endpoint.events.map((type) => (
              <li key={type}>
                <Badge variant="secondary" className="font-normal" title={type}>
                  {eventLabels[type]}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
        <div className="grid justify-items-end gap-1 text-[13px] text-muted-foreground">
          <span>
            Added <RelativeTime date={endpoint.createdAt} />
          </span>
          {endpoint.disabledAt ? (
            <Badge variant="secondary">Disabled</Badge>
          ) : last ? (
            <span className="flex items-center gap-1.5">
              Last delivery <RelativeTime date={last.createdAt} />
              <Badge variant={deliveryStatusBadges[last.status].variant}>
                {deliveryStatusBadges[last.status].label}
                {last.lastStatus !== null ? ` · ${last.lastStatus}` : ""}
              </Badge>
            </span>
          ) : (
            <span>No deliveries yet</span>
          )}
        </div>
        <div className="flex w-full items-center justify-end gap-1 sm:w-auto">
          <Button variant="outline" size="sm" onClick={() => setShowLog((s) => !s)} aria-expanded={showLog} aria-controls={logId}>
            Deliveries
            <ChevronDown aria-hidden className={cn("transition-transform", showLog && "rotate-180")} />
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="icon-sm" aria-label={`Delete endpoint ${endpoint.url}`}>
                <Trash2 />
              </Button>
            }
            title="Delete this endpoint?"
            description={`${endpoint.url} will stop receiving events at once, and its delivery log is deleted with it. Deliveries being retried stop.`}
            confirmLabel="Delete endpoint"
            onConfirm={async () => {
              await remove.mutateAsync({ workspaceSlug: workspace.slug, endpointId: endpoint.id });
              toast.success("Endpoint deleted");
              await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
            }}
          />
        </div>
      </div>
      {showLog ? (
        <div id={logId} className="mx-4 mb-3 overflow-hidden rounded-lg border">
          <DeliveryLog endpointId={endpoint.id} />
        </div>
      ) : null}
    </li>
  );
}
