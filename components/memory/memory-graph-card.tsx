"use client";

// The graph's card: a line on what it shows, the graph itself (with its
// loading, error and empty states), a legend of entity types, and the panel
// of the selected entity's sources.
import type { UseQueryResult } from "@tanstack/react-query";
import { Waypoints } from "lucide-react";

import { errorMessage } from "@/components/shell/errors";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";

import { EntityPanel } from "./entity-panel";
import { MemoryGraph } from "./memory-graph";
import { entityColor, entityTypeLabel, entityTypeOrder, type TMemoryGraph } from "./memory-meta";
import type { TMemoryLabels } from "./use-memory-labels";

function Legend({ graph, highlighting }: { graph: TMemoryGraph; highlighting: boolean }) {
  const counts = new Map<string, number>();
  for (const e of graph.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...entityTypeOrder.filter((t) => counts.has(t)), ...[...counts.keys()].filter((t) => !entityTypeOrder.some((o) => o === t))];
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-muted-foreground">
      <ul aria-label="Entity types" className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        {types.map((type) => (
          <li key={type} className="flex items-center gap-1.5">
            <span aria-hidden className="size-2.5 rounded-full" style={{ background: entityColor(type) }} />
            {entityTypeLabel(type)}
            <span className="tabular-nums opacity-70">{counts.get(type)}</span>
          </li>
        ))}
      </ul>
      <span aria-hidden className="flex items-center gap-1.5">
        <svg width="22" height="8" viewBox="0 0 22 8" className="stroke-muted-foreground">
          <path d="M 0 4 L 22 4" strokeWidth={1.5} />
        </svg>
        Uses, stores, decided…
      </span>
      <span aria-hidden className="flex items-center gap-1.5">
        <svg width="22" height="8" viewBox="0 0 22 8" className="stroke-muted-foreground">
          <path d="M 0 4 L 22 4" strokeWidth={1.5} strokeDasharray="4 3" />
        </svg>
        Mentioned together
      </span>
      <span aria-hidden className="flex items-center gap-1.5">
        <svg width="18" height="18" viewBox="0 0 18 18">
          <circle cx="9" cy="9" r="8.5" className="fill-muted-foreground/20" />
          <circle cx="9" cy="9" r="4.5" className="fill-muted-foreground/70" />
        </svg>
        Most connected
      </span>
      {highlighting ? (
        <span aria-hidden className="flex items-center gap-1.5">
          <svg width="16" height="16" viewBox="0 0 16 16">
            <circle cx="8" cy="8" r="6.5" fill="none" strokeWidth="1.5" strokeDasharray="3 2" className="stroke-primary" />
          </svg>
          Named by the results
        </span>
      ) : null}
      <span className="ml-auto hidden sm:inline">Drag to move · hover a line for its relation</span>
    </div>
  );
}

export function MemoryGraphCard({
  projectId,
  graph,
  selectedId,
  onSelect,
  highlighted,
  labels,
}: {
  projectId: string;
  graph: UseQueryResult<TMemoryGraph, unknown>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  highlighted: ReadonlySet<string>;
  labels: TMemoryLabels;
}) {
  const data = graph.data;
  const selected = data?.entities.find((e) => e.id === selectedId) ?? null;

  let description = "The technologies, services, tables, endpoints and decisions your memory names, and how they relate.";
  if (data && data.entities.length > 0) {
    const shown = data.entities.length < data.totalEntities ? `the ${data.entities.length} most connected of ${data.totalEntities} entities` : `${data.entities.length} ${data.entities.length === 1 ? "entity" : "entities"}`;
    description = `${shown.charAt(0).toUpperCase()}${shown.slice(1)} and ${data.relations.length} ${data.relations.length === 1 ? "relation" : "relations"}, extracted from every item. Select one to see where it is remembered.`;
  }

  let body;
  if (graph.isPending) {
    body = (
      <div aria-busy className="grid gap-3">
        <span className="sr-only" role="status">
          Loading the graph…
        </span>
        <Skeleton className="h-[420px] w-full rounded-lg" />
      </div>
    );
  } else if (graph.isError) {
    body = <ErrorState title="Couldn't load the graph" message={errorMessage(graph.error)} onRetry={() => graph.refetch()} />;
  } else if (graph.data.entities.length === 0) {
    body = (
      <div className="flex min-h-56 flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center">
        <Waypoints aria-hidden className="size-5 text-muted-foreground" />
        <p className="text-sm font-medium">No entities yet</p>
        <p className="max-w-sm text-sm text-balance text-muted-foreground">
          Technologies, services, tables and endpoints appear here as soon as the memory names them, for example “PostgreSQL” or “POST /orders”.
        </p>
      </div>
    );
  } else {
    body = (
      <div className="grid grid-cols-1 gap-3">
        <MemoryGraph graph={graph.data} selectedId={selected?.id ?? null} onSelect={onSelect} highlighted={highlighted} />
        <Legend graph={graph.data} highlighting={highlighted.size > 0} />
        {selected ? (
          <EntityPanel key={selected.id} projectId={projectId} entity={selected} graph={graph.data} labels={labels} onSelect={onSelect} />
        ) : (
          <p className="rounded-lg border border-dashed px-4 py-3 text-center text-sm text-muted-foreground">
            Select an entity to see every item that mentions it.
          </p>
        )}
      </div>
    );
  }

  return (
    <Card className="gap-4">
      <CardHeader>
        <h2 className="text-base leading-snug font-semibold">Knowledge graph</h2>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
