"use client";

// The card the GitHub page's "recent" lists share (reviews, webhook deliveries):
// a title and description, then the last rows as a table, or a loading
// skeleton, an error with a retry, or an empty state in its place.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { errorMessage } from "@/components/shell/errors";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState, type EmptyStateProps } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";

/** A body cell of these tables. */
export const td = "px-3 py-2.5 align-top first:pl-0 last:pr-0";
const th = "px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted-foreground first:pl-0 last:pr-0";

export type TRecentColumn = { label: string; className?: string };

export function RecentTableCard<T>({
  title,
  description,
  action,
  query,
  loadingLabel,
  skeletonClassName,
  errorTitle,
  empty,
  caption,
  columns,
  children,
}: {
  title: string;
  description: ReactNode;
  /** In the card's header, e.g. a refresh button. */
  action?: ReactNode;
  query: UseQueryResult<T[], unknown>;
  /** Announced while the first load runs, e.g. "Loading reviews…". */
  loadingLabel: string;
  /** Height of a placeholder row, close to a real row's. */
  skeletonClassName: string;
  errorTitle: string;
  empty: Pick<EmptyStateProps, "icon" | "title" | "description">;
  caption: ReactNode;
  columns: TRecentColumn[];
  /** The table's body rows. */
  children: (rows: T[]) => ReactNode;
}) {
  let body;
  if (query.isPending) {
    body = (
      <div aria-busy className="grid gap-2">
        <span className="sr-only" role="status">
          {loadingLabel}
        </span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className={cn("w-full", skeletonClassName)} />
        ))}
      </div>
    );
  } else if (query.isError) {
    body = <ErrorState title={errorTitle} message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  } else if (query.data.length === 0) {
    body = <EmptyState {...empty} className="min-h-40" />;
  } else {
    body = (
      <div className="-mx-5 overflow-x-auto px-5">
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b">
              {columns.map((column) => (
                <th key={column.label} scope="col" className={cn(th, column.className)}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y">{children(query.data)}</tbody>
        </table>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
        {action ? <CardAction>{action}</CardAction> : null}
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
