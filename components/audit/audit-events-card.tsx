"use client";

// The audit log table: newest first, filtered, a page at a time ("Show older"
// follows the keyset cursor), with loading, error and empty states.
import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText, SearchX } from "lucide-react";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { AuditEventRow } from "./audit-event-row";
import { AuditFilters, auditFilterInput, emptyAuditFilters, hasAuditFilters, type TAuditFilters } from "./audit-filters";

const PAGE = 50;

function SkeletonRows() {
  return (
    <>
      {[0, 1, 2, 3, 4].map((i) => (
        <tr key={i} className="border-b">
          <td className="py-3 pr-1">
            <Skeleton className="size-6" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-4 w-20" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-4 w-32" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-4 w-40" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="h-4 w-28" />
          </td>
          <td className="py-3 pr-4 max-lg:hidden">
            <Skeleton className="ml-auto h-4 w-8" />
          </td>
        </tr>
      ))}
    </>
  );
}

export function AuditEventsCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const [filters, setFilters] = useState<TAuditFilters>(emptyAuditFilters);
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { workspaceSlug: workspace.slug, limit: PAGE, ...auditFilterInput(filters) },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: (previous) => previous },
    ),
  );
  const rows = events.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = hasAuditFilters(filters);
  const head = "pr-4 pb-2 font-medium";

  let body;
  if (events.isError) {
    body = <ErrorState className="min-h-40" title="Couldn't load the audit log" message={errorMessage(events.error)} onRetry={() => events.refetch()} />;
  } else if (!events.isPending && rows.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<SearchX />}
        title="No events match these filters"
        description="Widen the date range or clear a filter to see more."
        action={
          <Button variant="outline" onClick={() => setFilters(emptyAuditFilters)}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState icon={<ScrollText />} title="Nothing recorded yet" description="Tool calls, permission decisions and settings changes appear here." />
    );
  } else {
    body = (
      <div className="grid gap-3">
        <div className="-mx-5 overflow-x-auto px-5">
          <table className={cn("w-full text-sm", events.isPlaceholderData && "opacity-60 transition-opacity")}>
            <caption className="sr-only">Audit events of {workspace.name}, newest first</caption>
            <thead>
              <tr className="border-b text-left text-xs text-muted-foreground">
                <th scope="col" className="pb-2">
                  <span className="sr-only">Details</span>
                </th>
                <th scope="col" className={head}>
                  Time
                </th>
                <th scope="col" className={head}>
                  Actor
                </th>
                <th scope="col" className={head}>
                  Action
                </th>
                <th scope="col" className={cn(head, "max-md:hidden")}>
                  Target
                </th>
                <th scope="col" className={cn(head, "text-right max-lg:hidden")} title="The tool policy version a decision was made under">
                  Policy
                </th>
              </tr>
            </thead>
            <tbody aria-busy={events.isPending || undefined}>{events.isPending ? <SkeletonRows /> : rows.map((event) => <AuditEventRow key={event.id} event={event} />)}</tbody>
          </table>
        </div>
        {events.hasNextPage ? (
          <div className="text-center">
            <Button variant="ghost" size="sm" loading={events.isFetchingNextPage} onClick={() => events.fetchNextPage()}>
              Show older events
            </Button>
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Events</CardTitle>
        <CardDescription>Every recorded change in this workspace, newest first. Expand an event for its data, address and hash.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <AuditFilters value={filters} onChange={setFilters} />
        {body}
      </CardContent>
    </Card>
  );
}
