"use client";

// A unified diff between two versions of a custom agent, one block per changed
// field (the metadata as YAML, then each prompt section): old and new line
// numbers, +/− gutters, added lines green and removed red, and long unchanged
// runs folded behind a button.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { GitCompare, UnfoldVertical } from "lucide-react";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { TFieldDiff } from "@/server/services/custom-agents/diff-agent-versions";

import { foldUnchanged, linesOf, type TLine } from "./diff-lines";

const rowGrid = "grid grid-cols-[2.5rem_2.5rem_1.5rem_minmax(0,1fr)]";

function DiffLine({ line }: { line: TLine }) {
  const added = line.kind === "added";
  const removed = line.kind === "removed";
  const Content = added ? "ins" : removed ? "del" : "span";
  return (
    <div className={cn(rowGrid, added && "bg-success/10", removed && "bg-destructive/10")}>
      <span className="pr-2 text-right text-muted-foreground/70 tabular-nums select-none" aria-hidden>
        {line.oldNo ?? ""}
      </span>
      <span className="pr-2 text-right text-muted-foreground/70 tabular-nums select-none" aria-hidden>
        {line.newNo ?? ""}
      </span>
      <span
        aria-hidden
        className={cn("text-center select-none", added ? "text-success" : removed ? "text-destructive" : "text-muted-foreground/50")}
      >
        {added ? "+" : removed ? "−" : " "}
      </span>
      <Content className="pr-3 break-words whitespace-pre-wrap text-foreground no-underline">
        {line.text || " "}
      </Content>
    </div>
  );
}

export function FieldDiff({ diff }: { diff: TFieldDiff }) {
  const titleId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const lines = linesOf(diff.parts);
  const added = lines.filter((l) => l.kind === "added").length;
  const removed = lines.filter((l) => l.kind === "removed").length;

  return (
    <section aria-labelledby={titleId} className="overflow-hidden rounded-lg border">
      <header className="flex items-center justify-between gap-3 border-b bg-muted/40 px-3 py-2">
        <h3 id={titleId} className="text-sm font-medium">
          {diff.field}
        </h3>
        <p className="font-mono text-xs tabular-nums">
          <span className="text-success">+{added}</span> <span className="text-destructive">−{removed}</span>
          <span className="sr-only">
            {" "}
            ({added} {added === 1 ? "line" : "lines"} added, {removed} removed)
          </span>
        </p>
      </header>
      <div className="overflow-x-auto py-1 font-mono text-xs leading-5">
        {foldUnchanged(lines).map((row, index) => {
          if (row.type === "line") return <DiffLine key={index} line={row.line} />;
          if (expanded.has(row.id)) return row.lines.map((line, i) => <DiffLine key={`${index}-${i}`} line={line} />);
          return (
            <button
              key={index}
              type="button"
              onClick={() => setExpanded((current) => new Set(current).add(row.id))}
              className={cn(
                rowGrid,
                "w-full items-center bg-muted/50 py-0.5 text-left text-muted-foreground outline-none transition-colors",
                "hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
              )}
            >
              <span className="col-span-3 flex justify-center">
                <UnfoldVertical className="size-3.5" aria-hidden />
              </span>
              <span className="font-sans text-xs">
                Show {row.lines.length} unchanged {row.lines.length === 1 ? "line" : "lines"}
              </span>
            </button>
          );
        })}
      </div>
    </section>
  );
}

export function VersionDiff({ workspaceSlug, agentKey, from, to }: { workspaceSlug: string; agentKey: string; from: number; to: number }) {
  const trpc = useTRPC();
  const diff = useQuery({
    ...trpc.agent.diff.queryOptions({ workspaceSlug, key: agentKey, from, to }),
    placeholderData: keepPreviousData,
  });

  if (from === to) {
    return (
      <EmptyState
        icon={<GitCompare />}
        title="Same version on both sides"
        description="Pick two different versions to see what changed between them."
      />
    );
  }
  if (diff.isPending) {
    return (
      <div aria-busy className="grid gap-4">
        <span className="sr-only" role="status">
          Comparing versions…
        </span>
        <Skeleton className="h-40 rounded-lg" />
        <Skeleton className="h-24 rounded-lg" />
      </div>
    );
  }
  if (diff.isError) {
    return <ErrorState title="Couldn't compare the versions" message={errorMessage(diff.error)} onRetry={() => diff.refetch()} />;
  }
  if (diff.data.length === 0) {
    return (
      <EmptyState
        icon={<GitCompare />}
        title="No differences"
        description={`Versions ${from} and ${to} have exactly the same content, as after a rollback.`}
      />
    );
  }
  return (
    <div className={cn("grid gap-4 transition-opacity", diff.isPlaceholderData && "opacity-60")} aria-busy={diff.isPlaceholderData || undefined}>
      <p className="text-[13px] text-muted-foreground" role="status">
        {diff.isPlaceholderData
          ? "Comparing…"
          : `${diff.data.length} ${diff.data.length === 1 ? "field" : "fields"} changed from version ${from} to version ${to}: ${diff.data.map((d) => d.field).join(", ")}.`}
      </p>
      {diff.data.map((field) => (
        <FieldDiff key={`${from}-${to}-${field.field}`} diff={field} />
      ))}
    </div>
  );
}
