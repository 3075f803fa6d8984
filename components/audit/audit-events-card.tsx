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
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LogTable, LogTableMore, type LogTableColumn } from "@/components/ui/log-table";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { AuditEventRow } from "./audit-event-row";
import { AuditFilters, auditFilterInput, emptyAuditFilters, hasAuditFilters, type TAuditFilters } from "./audit-filters";

const PAGE = 50;

const columns: LogTableColumn[] = [
  { label: "Details", hideLabel: true, className: "pr-1", skeleton: "size-6" },
  { label: "Time", skeleton: "h-4 w-20" },
  { label: "Actor", skeleton: "h-4 w-32" },
  { label: "Action", skeleton: "h-4 w-40" },
  { label: "Target", className: "max-md:hidden", skeleton: "h-4 w-28" },
  { label: "Policy", className: "text-right max-lg:hidden", title: "The tool policy version a decision was made under", skeleton: "ml-auto h-4 w-8" },
];

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
        <LogTable caption={`Audit events of ${workspace.name}, newest first`} columns={columns} loading={events.isPending} skeletonRows={5} dimmed={events.isPlaceholderData}>
          {rows.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </LogTable>
        <LogTableMore hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onLoad={() => events.fetchNextPage()}>
          Show older events
        </LogTableMore>
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
