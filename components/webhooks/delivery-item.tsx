"use client";

// One delivery in an endpoint's log: event, when, state, attempts and the
// last HTTP status; expanded, every attempt with its duration and the start
// of the receiver's answer, the payload, and "Redeliver".
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronRight, RotateCw } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { DateTime, RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TWebhookDelivery } from "@/server/services/webhooks/webhook-views";

import { deliveryStatusBadges } from "./webhook-meta";

function httpStatusVariant(status: number | null): "success" | "warning" | "destructive" | "secondary" {
  if (status === null) return "secondary";
  if (status < 300) return "success";
  if (status < 500) return "warning";
  return "destructive";
}

export function DeliveryItem({ delivery }: { delivery: TWebhookDelivery }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const status = deliveryStatusBadges[delivery.status];

  const redeliver = useMutation(
    trpc.webhook.redeliver.mutationOptions({
      onSuccess: async () => {
        toast.success("Redelivery queued", { description: `${delivery.eventType} goes out again with the same event id.` });
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
      },
      onError: (error) => toast.error("Couldn't redeliver", { description: errorMessage(error) }),
    }),
  );

  return (
    <li className="grid">
      <div className="flex items-center gap-3 px-3 py-2.5">
        <button
          type="button"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={panelId}
          className="flex min-w-0 flex-1 items-center gap-3 rounded-sm text-left outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <ChevronRight aria-hidden className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
          <code className="min-w-0 truncate font-mono text-[13px] font-medium">{delivery.eventType}</code>
          <span className="text-[13px] whitespace-nowrap text-muted-foreground max-sm:hidden">
            <RelativeTime date={delivery.createdAt} />
          </span>
          <span className="ml-auto flex shrink-0 items-center gap-2">
            <span className="text-[13px] whitespace-nowrap text-muted-foreground max-md:hidden">
              {delivery.attempts === 1 ? "1 attempt" : `${delivery.attempts} attempts`}
            </span>
            {delivery.lastStatus !== null ? (
              <Badge variant={httpStatusVariant(delivery.lastStatus)} className="font-mono" title="Last HTTP status">
                {delivery.lastStatus}
              </Badge>
            ) : null}
            <Badge variant={status.variant}>{status.label}</Badge>
          </span>
        </button>
        <Button
          variant="ghost"
          size="sm"
          loading={redeliver.isPending}
          onClick={() => redeliver.mutate({ workspaceSlug: workspace.slug, deliveryId: delivery.id })}
          aria-label={`Redeliver ${delivery.eventType} from ${delivery.createdAt.toLocaleString()}`}
        >
          <RotateCw aria-hidden />
          <span className="max-sm:sr-only">Redeliver</span>
        </Button>
      </div>
      {open ? (
        <div id={panelId} className="grid gap-3 border-t bg-muted/30 px-3 py-3 text-[13px]">
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
            <dt className="text-muted-foreground">Event id</dt>
            <dd className="font-mono break-all">{delivery.eventId}</dd>
            <dt className="text-muted-foreground">Created</dt>
            <dd>
              <DateTime date={delivery.createdAt} />
            </dd>
            {delivery.deliveredAt ? (
              <>
                <dt className="text-muted-foreground">Delivered</dt>
                <dd>
                  <DateTime date={delivery.deliveredAt} />
                </dd>
              </>
            ) : null}
            {delivery.nextAttemptAt ? (
              <>
                <dt className="text-muted-foreground">Next attempt</dt>
                <dd>
                  <RelativeTime date={delivery.nextAttemptAt} />
                </dd>
              </>
            ) : null}
            {delivery.lastError ? (
              <>
                <dt className="text-muted-foreground">Last error</dt>
                <dd className="break-words text-destructive">{delivery.lastError}</dd>
              </>
            ) : null}
          </dl>
          {delivery.log.length === 0 ? (
            <p className="text-muted-foreground">No attempt yet: it is queued.</p>
          ) : (
            <ol className="grid gap-2" aria-label="Attempts">
              {delivery.log.map((attempt) => (
                <li key={`${attempt.attempt}-${attempt.createdAt.toISOString()}`} className="grid gap-1.5 rounded-md border bg-background px-3 py-2 dark:bg-card">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="font-medium">Attempt {attempt.attempt}</span>
                    <Badge variant={httpStatusVariant(attempt.status)} className="font-mono">
                      {attempt.status ?? "no answer"}
                    </Badge>
                    <span className="text-muted-foreground">{attempt.durationMs} ms</span>
                    <span className="ml-auto text-muted-foreground">
                      <DateTime date={attempt.createdAt} />
                    </span>
                  </div>
                  {attempt.error ? <p className="break-words text-destructive">{attempt.error}</p> : null}
                  {attempt.responseSnippet ? (
                    <pre className="max-h-40 overflow-auto rounded border bg-muted/50 px-2 py-1 font-mono text-xs whitespace-pre-wrap" aria-label={`Response to attempt ${attempt.attempt}`}>
                      {attempt.responseSnippet}
                    </pre>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <details className="group">
            <summary className="cursor-pointer text-muted-foreground select-none hover:text-foreground">Payload</summary>
            <pre className="mt-2 max-h-72 overflow-auto rounded-md border bg-background px-3 py-2 font-mono text-xs dark:bg-card">
              {JSON.stringify(delivery.payload, null, 2)}
            </pre>
          </details>
        </div>
      ) : null}
    </li>
  );
}
