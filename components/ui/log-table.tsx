// A log as a table inside a card: a scrolling table with a caption for screen readers, its
// header from column definitions, placeholder rows of the same columns while the first page
// loads, and (in a paged log) a button under it that loads the next, older page.
//
//   <LogTable caption="Tool calls, newest first" columns={columns} loading={calls.isPending}>
//     {rows.map((call) => <CallRow key={call.id} call={call} />)}
//   </LogTable>
import type { ReactNode } from "react";

import { Button } from "./button";
import { cn } from "./cn";
import { Skeleton } from "./skeleton";

export type LogTableColumn = {
  label: string;
  /** Keep the label for assistive tech but hide it visually (e.g. over a column of expand buttons). */
  hideLabel?: boolean;
  /** For the header and placeholder cells alike: alignment, responsive hiding, padding. */
  className?: string;
  title?: string;
  /** Size of the column's loading placeholder, e.g. "h-4 w-20". */
  skeleton: string;
};

export type LogTableProps = {
  caption: ReactNode;
  columns: LogTableColumn[];
  /** The first page is loading: placeholder rows stand in for `children`. */
  loading: boolean;
  skeletonRows?: number;
  /** Rows from before a filter changed, shown faded until the new ones arrive. */
  dimmed?: boolean;
  children: ReactNode;
};

export function LogTable({ caption, columns, loading, skeletonRows = 4, dimmed = false, children }: LogTableProps) {
  return (
    <div className={cn("-mx-5 overflow-x-auto px-5 transition-opacity", dimmed && "opacity-60")}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-left text-xs text-muted-foreground">
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn(column.hideLabel ? "pb-2" : "pr-4 pb-2 font-medium", column.className)} title={column.title}>
                {column.hideLabel ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody aria-busy={loading || undefined}>
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={i} className="border-b">
                  {columns.map((column) => (
                    <td key={column.label} className={cn("py-3 pr-4", column.className)}>
                      <Skeleton className={column.skeleton} />
                    </td>
                  ))}
                </tr>
              ))
            : children}
        </tbody>
      </table>
    </div>
  );
}

/** Under a paged log: loads the next, older page while there is one. */
export function LogTableMore({ hasMore, loading, onLoad, children }: { hasMore: boolean; loading: boolean; onLoad: () => void; children: ReactNode }) {
  if (!hasMore) return null;
  return (
    <div className="text-center">
      <Button variant="ghost" size="sm" loading={loading} onClick={onLoad}>
        {children}
      </Button>
    </div>
  );
}
