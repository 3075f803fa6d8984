"use client";

// The list under the search box: search results (ranked, with why each
// matched) or, with no question asked, the project's items pinned first and
// newest next. Loading, error and "nothing here" states included.
import type { ReactNode } from "react";

import { errorMessage } from "@/components/shell/errors";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";

import { MemoryItemCard } from "./memory-item-card";
import type { TMemoryEntry } from "./memory-meta";
import type { TMemoryLabels } from "./use-memory-labels";

export function MemoryResultsSkeleton({ count = 3 }: { count?: number }) {
  return (
    <div aria-busy className="grid gap-3">
      <span className="sr-only" role="status">
        Loading memory…
      </span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="grid gap-3 rounded-xl border bg-card p-4">
          <Skeleton className="h-5 w-20" />
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-3 w-1/3" />
        </div>
      ))}
    </div>
  );
}

export function MemoryResults({
  label,
  heading,
  query,
  entries,
  empty,
  footer,
  stale,
  projectId,
  labels,
  base,
  canEdit,
  onHover,
}: {
  /** Accessible name of the list, e.g. "Search results". */
  label: string;
  heading: ReactNode;
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  entries: TMemoryEntry[];
  empty: ReactNode;
  footer?: ReactNode;
  /** Showing the previous answer while the next one loads. */
  stale: boolean;
  projectId: string;
  labels: TMemoryLabels;
  base: string;
  canEdit: boolean;
  onHover?: (entry: TMemoryEntry | null) => void;
}) {
  if (query.isPending) return <MemoryResultsSkeleton />;
  if (query.isError) return <ErrorState title="Couldn't load the memory" message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  return (
    <div className="grid grid-cols-1 gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">{heading}</div>
      {entries.length === 0 ? (
        empty
      ) : (
        <ul aria-label={label} aria-busy={stale || undefined} className={cn("grid grid-cols-1 gap-3 transition-opacity", stale && "opacity-60")}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <MemoryItemCard entry={entry} projectId={projectId} labels={labels} base={base} canEdit={canEdit} onHover={onHover} />
            </li>
          ))}
        </ul>
      )}
      {footer}
    </div>
  );
}

/** The whole page (figures, search, list and graph) while its first answer loads. */
export function MemoryPageSkeleton() {
  return (
    <div aria-busy className="grid gap-6">
      <span className="sr-only" role="status">
        Loading memory…
      </span>
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-28 rounded-lg" />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="grid content-start gap-4">
          <Skeleton className="h-9 w-full" />
          <MemoryResultsSkeleton count={2} />
        </div>
        <Skeleton className="h-[520px] rounded-xl" />
      </div>
    </div>
  );
}
