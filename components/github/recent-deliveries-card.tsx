"use client";

// The last 20 webhook deliveries GitHub sent about this workspace's
// installations, whatever became of them: the first place to look when a
// pull request was not reviewed ("draft pull request", "unhandled event").
import { useQuery } from "@tanstack/react-query";
import { Inbox, RotateCw } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubDeliveryView } from "@/server/services/github/connect/github-views";

import { badgeOf, deliveryOutcomeBadges } from "./github-meta";
import { RecentTableCard, td, type TRecentColumn } from "./recent-table-card";

const columns: TRecentColumn[] = [{ label: "Event" }, { label: "Repository", className: "max-md:hidden" }, { label: "Outcome" }, { label: "Received" }];

function DeliveryRow({ delivery }: { delivery: TGitHubDeliveryView }) {
  const outcome = badgeOf(deliveryOutcomeBadges, delivery.outcome);
  return (
    <tr>
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
}

export function RecentDeliveriesCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const deliveries = useQuery(trpc.github.deliveries.queryOptions({ workspaceSlug: workspace.slug }));

  return (
    <RecentTableCard
      title="Webhook deliveries"
      description="The last 20 events GitHub sent about this workspace's installations, and what became of each."
      action={
        <Button variant="ghost" size="icon-sm" aria-label="Refresh deliveries" onClick={() => deliveries.refetch()} loading={deliveries.isFetching && !deliveries.isPending}>
          <RotateCw />
        </Button>
      }
      query={deliveries}
      loadingLabel="Loading webhook deliveries…"
      skeletonClassName="h-8"
      errorTitle="Couldn't load webhook deliveries"
      empty={{
        icon: <Inbox />,
        title: "No deliveries from GitHub yet",
        description:
          "Once an installation is connected, every event GitHub sends about it is listed here. None arriving? Check the app's webhook URL and secret, and its Advanced tab on GitHub.",
      }}
      caption={`Recent GitHub webhook deliveries for ${workspace.name}`}
      columns={columns}
    >
      {(rows) => rows.map((delivery) => <DeliveryRow key={delivery.id} delivery={delivery} />)}
    </RecentTableCard>
  );
}
