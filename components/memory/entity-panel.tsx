"use client";

// The panel for the entity selected in the graph: what it is, what it is
// connected to (a click moves the selection there), and every memory item
// that mentions it — the sources the graph was built from.
import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useMemo } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { KindBadge, MemorySource } from "./memory-item-card";
import { entityColor, entityTypeLabel, entryFromItem, inverseRelationLabel, relationLabel, type TGraphEntity, type TMemoryGraph } from "./memory-meta";
import type { TMemoryLabels } from "./use-memory-labels";

const CONNECTIONS_SHOWN = 12;

export function EntityPanel({
  projectId,
  entity,
  graph,
  labels,
  onSelect,
}: {
  projectId: string;
  entity: TGraphEntity;
  graph: TMemoryGraph;
  labels: TMemoryLabels;
  onSelect: (id: string | null) => void;
}) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const base = `/${workspace.slug}`;
  const sources = useQuery(trpc.memory.entitySources.queryOptions({ workspaceSlug: workspace.slug, projectId, entityId: entity.id }));

  // Its neighbours, strongest relation first; one row per neighbour with every relation type between them.
  const connections = useMemo(() => {
    const names = new Map(graph.entities.map((e) => [e.id, e]));
    const rows = new Map<string, { other: TGraphEntity; types: Set<string>; weight: number }>();
    for (const r of graph.relations) {
      const otherId = r.fromId === entity.id ? r.toId : r.toId === entity.id ? r.fromId : null;
      const other = otherId ? names.get(otherId) : undefined;
      if (!other) continue;
      const row = rows.get(other.id) ?? { other, types: new Set<string>(), weight: 0 };
      row.types.add(r.fromId === entity.id ? relationLabel(r.type) : inverseRelationLabel(r.type));
      row.weight += r.weight;
      rows.set(other.id, row);
    }
    return [...rows.values()].sort((a, b) => b.weight - a.weight || a.other.name.localeCompare(b.other.name));
  }, [graph, entity.id]);

  const headingId = `entity-${entity.id}`;
  const count = sources.data?.sources.length;

  return (
    <section aria-labelledby={headingId} className="grid grid-cols-1 gap-4 rounded-lg border bg-card p-4">
      <header className="flex items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <h3 id={headingId} className="flex items-center gap-2 text-base font-semibold break-words">
            <span aria-hidden className="size-3 shrink-0 rounded-full" style={{ background: entityColor(entity.type) }} />
            {entity.name}
          </h3>
          <p className="text-xs text-muted-foreground">
            {entityTypeLabel(entity.type)} · {entity.mentions} {entity.mentions === 1 ? "mention" : "mentions"} · {connections.length}{" "}
            {connections.length === 1 ? "connection" : "connections"}
          </p>
        </div>
        <Button variant="ghost" size="icon-sm" aria-label="Close" onClick={() => onSelect(null)} className="-mt-1 -mr-1 text-muted-foreground">
          <X aria-hidden />
        </Button>
      </header>

      {connections.length > 0 ? (
        <div className="grid grid-cols-1 gap-2">
          <h4 className="text-xs font-medium text-muted-foreground">Connected to</h4>
          <ul className="flex flex-wrap gap-1.5">
            {connections.slice(0, CONNECTIONS_SHOWN).map(({ other, types }) => (
              <li key={other.id} className="max-w-full min-w-0">
                <button
                  type="button"
                  onClick={() => onSelect(other.id)}
                  title={`${[...types].join(", ")} ${other.name}`}
                  className="inline-flex max-w-full items-center gap-1.5 rounded-md border bg-background px-2 py-0.5 text-xs transition-colors outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: entityColor(other.type) }} />
                  <span className="min-w-0 truncate font-medium">{other.name}</span>
                  <span className="shrink-0 text-muted-foreground italic">{[...types].join(", ")}</span>
                </button>
              </li>
            ))}
            {connections.length > CONNECTIONS_SHOWN ? (
              <li className="px-1 py-0.5 text-xs text-muted-foreground">and {connections.length - CONNECTIONS_SHOWN} more</li>
            ) : null}
          </ul>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-2">
        <h4 className="text-xs font-medium text-muted-foreground">
          Remembered in{count !== undefined ? ` ${count} ${count === 1 ? "item" : "items"}` : ""}
        </h4>
        {sources.isPending ? (
          <div aria-busy className="grid gap-2">
            <span className="sr-only" role="status">
              Loading the items that mention {entity.name}…
            </span>
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
        ) : sources.isError ? (
          <ErrorState className="min-h-0 py-6" title="Couldn't load its sources" message={errorMessage(sources.error)} onRetry={() => sources.refetch()} />
        ) : sources.data.sources.length === 0 ? (
          <p className="text-sm text-muted-foreground">No item mentions it any more.</p>
        ) : (
          <ul aria-label={`Memory that mentions ${entity.name}`} className="grid grid-cols-1 gap-2">
            {sources.data.sources.map((item) => {
              const entry = entryFromItem(item);
              return (
                <li key={item.id} className="grid gap-1.5 rounded-md border bg-background/60 px-3 py-2.5">
                  <div className="flex min-w-0 items-center gap-2">
                    <KindBadge kind={item.kind} />
                    <span className="truncate text-sm font-medium">{item.title}</span>
                  </div>
                  <p className="line-clamp-2 text-xs leading-relaxed break-words text-muted-foreground">{item.content}</p>
                  <MemorySource entry={entry} labels={labels} base={base} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
