"use client";

// The last 20 webhook deliveries GitHub sent about this workspace's
// installations, whatever became of them: the first place to look when a
// pull request was not reviewed ("draft pull request", "unhandled event").
import { useQuery } from "@tanstack/react-query";
import { Inbox, RotateCw } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { badgeOf, deliveryOutcomeBadges } from "./github-meta";

const th = "px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted-foreground first:pl-0 last:pr-0";
const td = "px-3 py-2.5 align-top first:pl-0 last:pr-0";

export function RecentDeliveriesCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const deliveries = useQuery(trpc.github.deliveries.queryOptions({ workspaceSlug: workspace.slug }));

  let body;
  if (deliveries.isPending) {
    body = (
      <div aria-busy className="grid gap-2">
        <span className="sr-only" role="status">
          Loading webhook deliveries…
        </span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    );
  } else if (deliveries.isError) {
    body = <ErrorState title="Couldn't load webhook deliveries" message={errorMessage(deliveries.error)} onRetry={() => deliveries.refetch()} />;
  } else if (deliveries.data.length === 0) {
    body = (
      <EmptyState
        icon={<Inbox />}
        title="No deliveries from GitHub yet"
        description="Once an installation is connected, every event GitHub sends about it is listed here. None arriving? Check the app's webhook URL and secret, and its Advanced tab on GitHub."
        className="min-h-40"
      />
    );
  } else {
    body = (
      <div className="-mx-5 overflow-x-auto px-5">
        <table className="w-full text-sm">
          <caption className="sr-only">Recent GitHub webhook deliveries for {workspace.name}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className={th}>
                Event
              </th>
              <th scope="col" className={cn(th, "max-md:hidden")}>
                Repository
              </th>
              <th scope="col" className={th}>
                Outcome
              </th>
              <th scope="col" className={th}>
                Received
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {deliveries.data.map((delivery) => {
              const outcome = badgeOf(deliveryOutcomeBadges, delivery.outcome);
              return (
                <tr key={delivery.id}>
                  <td className={td}>
                    <code className="font-mono text-xs font-medium">
                      {delivery.event}
                      {delivery.action ? `.${delivery.action}` : ""}
                    </code>
                    <div className="font-mono text-[11px] text-muted-foreground" title="X-GitHub-Delivery">
                      {delivery.deliveryId}
                    </div>
                  </td>
                  <td className={cn(td, "font-mono text-xs max-md:hidden")}>{delivery.repository ?? "—"}</td>
                  <td className={td}>
                    <Badge variant={outcome.variant}>{outcome.label}</Badge>
                    {delivery.reason ? <div className="mt-1 text-xs text-muted-foreground">{delivery.reason}</div> : null}
                  </td>
                  <td className={cn(td, "whitespace-nowrap text-muted-foreground")}>
                    <RelativeTime date={delivery.receivedAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Webhook deliveries</CardTitle>
        <CardDescription>The last 20 events GitHub sent about this workspace&apos;s installations, and what became of each.</CardDescription>
        <CardAction>
          <Button variant="ghost" size="icon-sm" aria-label="Refresh deliveries" onClick={() => deliveries.refetch()} loading={deliveries.isFetching && !deliveries.isPending}>
            <RotateCw />
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
