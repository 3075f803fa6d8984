"use client";

// An endpoint's delivery log, newest first. Refreshes itself while a delivery
// is queued or being retried; older deliveries load on request.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { DeliveryItem } from "./delivery-item";

const PAGE = 20;
const MAX = 100;

export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const [limit, setLimit] = useState(PAGE);
  const deliveries = useQuery({
    ...trpc.webhook.deliveries.queryOptions({ workspaceSlug: workspace.slug, endpointId, limit }),
    placeholderData: (previous) => previous,
    refetchInterval: (query) => (query.state.data?.data.some((d) => d.status === "pending" || d.status === "delivering") ? 3_000 : false),
  });

  if (deliveries.isPending) {
    return (
      <div aria-busy className="grid gap-2 p-3">
        <span className="sr-only" role="status">
          Loading deliveries…
        </span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    );
  }
  if (deliveries.isError) {
    return <ErrorState className="m-3 min-h-32" title="Couldn't load deliveries" message={errorMessage(deliveries.error)} onRetry={() => deliveries.refetch()} />;
  }
  if (deliveries.data.data.length === 0) {
    return <p className="px-4 py-6 text-center text-[13px] text-muted-foreground">No deliveries yet. They appear here as soon as a subscribed event happens.</p>;
  }
  return (
    <div className="grid">
      <ul className="divide-y" aria-label="Deliveries">
        {deliveries.data.data.map((delivery) => (
          <DeliveryItem key={delivery.id} delivery={delivery} />
        ))}
      </ul>
      {deliveries.data.nextCursor && limit < MAX ? (
        <div className="border-t px-3 py-2 text-center">
          <Button variant="ghost" size="sm" loading={deliveries.isFetching} onClick={() => setLimit((l) => Math.min(MAX, l + PAGE))}>
            Show older deliveries
          </Button>
        </div>
      ) : null}
    </div>
  );
}
