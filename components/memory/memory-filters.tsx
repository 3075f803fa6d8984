"use client";

// Narrowing what the page lists or searches: kinds (toggles with their
// counts), the agent that remembered it and the run it came from; kept in
// the URL (?q=…&kind=note,fact&agent=…&run=…) with the question.
import { X } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

import { isMemoryKind, kindColor, kindMeta, kindOrder, type TMemoryKind } from "./memory-meta";
import type { TMemoryLabels } from "./use-memory-labels";

export type TMemoryFilters = { kinds: TMemoryKind[]; agentId: string | null; runId: string | null };

const ALL = "__all";

export function filtersFrom(params: URLSearchParams): TMemoryFilters {
  return {
    kinds: (params.get("kind") ?? "").split(",").filter(isMemoryKind),
    agentId: params.get("agent") || null,
    runId: params.get("run") || null,
  };
}

/** Mirror the question and filters into the address bar without a navigation (`null` state: Next.js keeps its own). */
export function writeFiltersToUrl(q: string, filters: TMemoryFilters) {
  const params = new URLSearchParams(window.location.search);
  const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
  set("q", q || null);
  set("kind", filters.kinds.join(",") || null);
  set("agent", filters.agentId);
  set("run", filters.runId);
  const search = params.toString();
  window.history.replaceState(null, "", search ? `${window.location.pathname}?${search}` : window.location.pathname);
}

export function hasFilters(filters: TMemoryFilters): boolean {
  return filters.kinds.length > 0 || filters.agentId !== null || filters.runId !== null;
}

export function MemoryFilters({
  filters,
  onChange,
  kindCounts,
  agentCounts,
  labels,
}: {
  filters: TMemoryFilters;
  onChange: (next: TMemoryFilters) => void;
  kindCounts: { kind: string; count: number }[];
  agentCounts: { agentId: string; count: number }[];
  labels: TMemoryLabels;
}) {
  const counts = new Map(kindCounts.map((k) => [k.kind, k.count]));
  const kinds = kindOrder.filter((kind) => (counts.get(kind) ?? 0) > 0 || filters.kinds.includes(kind));
  const toggleKind = (kind: TMemoryKind) =>
    onChange({ ...filters, kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] });
  const agents = [...agentCounts].sort((a, b) => labels.agentName(a.agentId).localeCompare(labels.agentName(b.agentId)));

  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Filter by kind" className="flex flex-wrap items-center gap-1.5">
        {kinds.map((kind) => {
          const on = filters.kinds.includes(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => toggleKind(kind)}
                className={cn(
                  "inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-xs font-medium transition-colors outline-none",
                  "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background",
                  on ? "border-foreground/40 bg-foreground/[0.06] text-foreground dark:bg-foreground/10" : "bg-background text-muted-foreground hover:bg-accent hover:text-foreground",
                )}
              >
                <span aria-hidden className="size-2 rounded-full" style={{ background: kindColor(kind) }} />
                {kindMeta[kind].plural}
                <span className="tabular-nums opacity-70">{counts.get(kind) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        {agents.length > 0 || filters.agentId ? (
          <Select value={filters.agentId ?? ALL} onValueChange={(value) => onChange({ ...filters, agentId: value === ALL ? null : value })}>
            <SelectTrigger size="sm" aria-label="Filter by agent" className="h-7 w-auto min-w-32 rounded-full text-xs">
              <SelectValue />
            </SelectTrigger>
            <SelectContent align="start">
              <SelectItem value={ALL}>All agents</SelectItem>
              {agents.map((a) => (
                <SelectItem key={a.agentId} value={a.agentId}>
                  {labels.agentName(a.agentId)} ({a.count})
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : null}
        {labels.runs.length > 0 || filters.runId ? (
          <Select value={filters.runId ?? ALL} onValueChange={(value) => onChange({ ...filters, runId: value === ALL ? null : value })}>
            <SelectTrigger size="sm" aria-label="Filter by run" className="h-7 w-auto min-w-28 rounded-full text-xs">
              <SelectValue />
            </SelectTrigger>
            <SelectContent align="start">
              <SelectItem value={ALL}>All runs</SelectItem>
              {filters.runId && !labels.runs.some((r) => r.id === filters.runId) ? (
                <SelectItem value={filters.runId}>{labels.runLabel(filters.runId)}</SelectItem>
              ) : null}
              {labels.runs.map((r) => (
                <SelectItem key={r.id} value={r.id}>
                  {r.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : null}
        {hasFilters(filters) ? (
          <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => onChange({ kinds: [], agentId: null, runId: null })}>
            <X aria-hidden />
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
