"use client";

// A project's Memory page: what its agents and people remember. Counts per
// kind up top, with the embedder behind search and a re-index's progress when
// another embedder made some vectors; on the left, ask a question (hybrid search: vectors widened by
// the knowledge graph, each result saying why it matched) or browse
// everything, filtered by kind, agent and run; on the right, the knowledge
// graph, where the entities the results name are ringed and selecting one
// lists its sources. The question and filters live in the URL.
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { BrainCircuit, Play, Plus, Search, SearchX, X } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TProject } from "@/server/services/projects/project-select";

import { filtersFrom, hasFilters, MemoryFilters, writeFiltersToUrl, type TMemoryFilters } from "./memory-filters";
import { MemoryGraphCard } from "./memory-graph-card";
import { entryFromItem, entryFromResult, type TMemoryEntry } from "./memory-meta";
import { AddNoteDialog } from "./memory-note-dialog";
import { MemoryPageSkeleton, MemoryResults } from "./memory-results";
import { MemoryStats } from "./memory-stats";
import { OfflineEmbedderNote } from "./offline-embedder-note";
import { useMemoryLabels } from "./use-memory-labels";

const PAGE = 30;
const MAX_LIST = 200;
const TOP_K = 10;
const GRAPH_LIMIT = 150;

export function MemoryView({ projectSlug, initialProject }: { projectSlug: string; initialProject: TProject }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const searchParams = useSearchParams();
  const base = `/${workspace.slug}`;
  const canEdit = can("project.update");

  const project = useQuery({ ...trpc.project.get.queryOptions({ workspaceSlug: workspace.slug, projectSlug }), initialData: initialProject });
  const projectId = initialProject.id;
  const projectName = project.data?.name ?? initialProject.name;
  const projectHref = `${base}/projects/${projectSlug}`;

  const [q, setQ] = useState(() => (searchParams.get("q") ?? "").trim());
  const [draft, setDraft] = useState(q);
  const [filters, setFiltersState] = useState<TMemoryFilters>(() => filtersFrom(searchParams));
  const [limit, setLimit] = useState(PAGE);
  const [selectedEntity, setSelectedEntity] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const labels = useMemoryLabels(projectId);

  function update(next: { q?: string; filters?: TMemoryFilters }) {
    const nextQ = next.q ?? q;
    const nextFilters = next.filters ?? filters;
    setQ(nextQ);
    setFiltersState(nextFilters);
    setLimit(PAGE);
    writeFiltersToUrl(nextQ, nextFilters);
  }

  const kinds = filters.kinds.length > 0 ? filters.kinds : undefined;
  const scope = { workspaceSlug: workspace.slug, projectId };
  // Project-wide figures (the facets ignore filters), and one item to tell the embedder by.
  const overview = useQuery(trpc.memory.list.queryOptions({ ...scope, limit: 1 }));
  const browse = useQuery({
    ...trpc.memory.list.queryOptions({ ...scope, kinds, agentId: filters.agentId ?? undefined, runId: filters.runId ?? undefined, limit }),
    enabled: !q,
    placeholderData: keepPreviousData,
  });
  const search = useQuery({
    ...trpc.memory.search.queryOptions({ ...scope, query: q || "-", topK: TOP_K, kinds, agentId: filters.agentId ?? undefined, runId: filters.runId ?? undefined, budgetTokens: 20_000 }),
    enabled: q !== "",
    placeholderData: keepPreviousData,
  });
  // The embedder and the index's coverage; followed closely while a re-index runs.
  const status = useQuery({
    ...trpc.memory.status.queryOptions(scope),
    refetchInterval: (query) => (query.state.data?.reindexing ? 2_000 : false),
  });
  const graph = useQuery(trpc.memory.graph.queryOptions({ ...scope, limit: GRAPH_LIMIT }));

  const results: TMemoryEntry[] = q ? (search.data?.items ?? []).map(entryFromResult) : [];
  // The entities the results mention, to ring them in the graph: those of the results that matched
  // by similarity (the others were found through those very entities), or of the one hovered.
  const details = useQueries({
    queries: results.map((entry) => ({ ...trpc.memory.get.queryOptions({ ...scope, itemId: entry.id }), staleTime: 60_000 })),
  });
  const highlighted = new Set<string>();
  details.forEach((detail, i) => {
    const result = results[i];
    if (!result || (hovered ? result.id !== hovered : result.match?.similarity === null)) return;
    for (const entity of detail.data?.entities ?? []) highlighted.add(entity.id);
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: draft.trim() });
  }

  const header = (
    <PageHeader
      breadcrumb={[{ label: "Projects", href: `${base}/projects` }, { label: projectName, href: projectHref }, { label: "Memory" }]}
      title="Memory"
      description={`What ${projectName}'s agents and people remember. Agents recall it in every run.`}
      actions={
        canEdit ? (
          <AddNoteDialog
            projectId={projectId}
            trigger={
              <Button>
                <Plus aria-hidden />
                Add note
              </Button>
            }
          />
        ) : null
      }
    />
  );

  if (overview.isPending) {
    return (
      <>
        {header}
        <MemoryPageSkeleton />
      </>
    );
  }
  if (overview.isError) {
    const notFound = errorCode(overview.error) === "NOT_FOUND";
    return (
      <>
        {header}
        <ErrorState
          title={notFound ? "This project is gone" : "Couldn't load the memory"}
          message={notFound ? "It may have been deleted." : errorMessage(overview.error)}
          onRetry={notFound ? undefined : () => overview.refetch()}
        />
      </>
    );
  }

  const facts = overview.data;
  if (facts.total === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<BrainCircuit />}
          title="Nothing remembered yet"
          description="Agents remember every deliverable and handoff as runs finish. Run a workflow or add a note."
          action={
            <>
              <Button asChild variant="outline">
                <Link href={`${projectHref}?tab=runs`}>
                  <Play aria-hidden />
                  Go to runs
                </Link>
              </Button>
              {canEdit ? (
                <AddNoteDialog
                  projectId={projectId}
                  trigger={
                    <Button>
                      <Plus aria-hidden />
                      Add a note
                    </Button>
                  }
                />
              ) : null}
            </>
          }
        />
      </>
    );
  }

  const embedder = status.data
    ? { label: status.data.embedder.label, offline: status.data.embedder.offline }
    : search.data
      ? { label: search.data.embedder, offline: search.data.offlineEmbedder }
      : null;
  const filtered = hasFilters(filters);
  const clearFilters = filtered ? (
    <Button variant="outline" onClick={() => update({ filters: { kinds: [], agentId: null, runId: null } })}>
      Clear filters
    </Button>
  ) : null;

  let list;
  if (q) {
    const count = results.length;
    list = (
      <MemoryResults
        label="Search results"
        query={search}
        stale={search.isPlaceholderData}
        entries={results}
        heading={
          <>
            <h2 className="font-medium" aria-live="polite">
              {search.isPlaceholderData ? "Searching…" : `${count} ${count === 1 ? "result" : "results"} for “${q}”`}
            </h2>
            <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => {
                setDraft("");
                update({ q: "" });
              }}>
              <X aria-hidden />
              Clear search
            </Button>
          </>
        }
        empty={
          <EmptyState
            icon={<SearchX />}
            title={`Nothing in memory matches “${q}”`}
            description={
              embedder?.offline
                ? "Search is lexical here, so it needs shared words: try the words the item itself would use, such as a technology, table or agent name."
                : "Try other words, or fewer filters."
            }
            action={clearFilters}
          />
        }
        footer={embedder?.offline && count > 0 ? <OfflineEmbedderNote label={embedder.label} detailed className="mt-1" /> : null}
        projectId={projectId}
        labels={labels}
        base={base}
        canEdit={canEdit}
        onHover={(entry) => setHovered(entry?.id ?? null)}
      />
    );
  } else {
    const items = (browse.data?.items ?? []).map(entryFromItem);
    const total = browse.data?.total ?? 0;
    list = (
      <MemoryResults
        label="Memory items"
        query={browse}
        stale={browse.isPlaceholderData}
        entries={items}
        heading={
          <>
            <h2 className="font-medium">{filtered ? "Matching items" : "Everything remembered"}</h2>
            <span className="text-xs text-muted-foreground">
              {items.length < total ? `${items.length} of ${total}` : `${total} ${total === 1 ? "item" : "items"}`} · pinned first, then latest
            </span>
          </>
        }
        empty={<EmptyState icon={<SearchX />} title="No items match these filters" description="Widen the filters to see more." action={clearFilters} />}
        footer={
          items.length < total && limit < MAX_LIST ? (
            <Button variant="outline" className="justify-self-center" loading={browse.isFetching} onClick={() => setLimit((l) => Math.min(MAX_LIST, l + PAGE))}>
              Show more
            </Button>
          ) : null
        }
        projectId={projectId}
        labels={labels}
        base={base}
        canEdit={canEdit}
      />
    );
  }

  return (
    <>
      {header}
      <MemoryStats total={facts.total} kinds={facts.facets.kinds} embedder={embedder} status={status.data} projectId={projectId} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] xl:items-start">
        <section aria-label="Search and browse" className="grid min-w-0 grid-cols-1 content-start gap-4">
          <form role="search" aria-label="Search memory" onSubmit={submit} className="flex gap-2">
            <div className="relative min-w-0 flex-1">
              <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
              <Input
                type="search"
                aria-label="Ask the memory"
                value={draft}
                onChange={(event) => {
                  setDraft(event.target.value);
                  // Emptying the box (or its ×) goes back to browsing.
                  if (event.target.value === "" && q) update({ q: "" });
                }}
                placeholder="Ask: what did we decide about auth?"
                className="pl-9"
                maxLength={2000}
              />
            </div>
            <Button type="submit" disabled={!draft.trim()} loading={search.isFetching && draft.trim() === q}>
              Search
            </Button>
          </form>
          <MemoryFilters
            filters={filters}
            onChange={(next) => update({ filters: next })}
            kindCounts={facts.facets.kinds}
            agentCounts={facts.facets.agents}
            labels={labels}
          />
          {list}
        </section>
        <div className="min-w-0">
          <MemoryGraphCard
            projectId={projectId}
            graph={graph}
            selectedId={selectedEntity}
            onSelect={setSelectedEntity}
            highlighted={highlighted}
            labels={labels}
          />
        </div>
      </div>
    </>
  );
}
