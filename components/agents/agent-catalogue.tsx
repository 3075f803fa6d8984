"use client";

// The agent catalogue: category tabs with counts, a search box and a capability
// filter, then the agents as cards (grouped by category under "All"). Filters
// live in the URL (?q=, ?capability=, ?category=) so a filtered view can be
// linked to and survives going back from an agent's page.
import { useQuery } from "@tanstack/react-query";
import { Bot, Plus, Search } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select, SelectContent, SelectItem, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TAgentSummary } from "@/server/services/agents/agent-views";

import { AgentCard, AgentCardSkeleton } from "./agent-card";
import { CreateAgentDialog } from "./custom/create-agent-dialog";
import { allCapabilities, matchesAgent, parseCategoryTab, type TCategoryTab } from "./agent-filters";
import { categoryDescriptions, categoryOrder, categoryTitles, type TAgentCategory } from "./agent-meta";

const ALL_CAPABILITIES = "__all__";

function Grid({ children, busy }: { children: ReactNode; busy?: boolean }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-busy={busy || undefined}>
      {children}
    </div>
  );
}

function Count({ value }: { value: number }) {
  return (
    <span className="rounded-sm bg-foreground/[0.06] px-1.5 text-xs tabular-nums text-muted-foreground dark:bg-foreground/10">
      {value}
    </span>
  );
}

/** Mirror the filters into the address bar without a navigation (no server round trip per keystroke). */
function writeUrl(next: { q: string; capability: string | null; category: TCategoryTab }) {
  const params = new URLSearchParams(window.location.search);
  const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
  set("q", next.q.trim() || null);
  set("capability", next.capability);
  set("category", next.category === "all" ? null : next.category);
  const search = params.toString();
  // `null` state: Next.js keeps its own history state and syncs useSearchParams (its documented way).
  window.history.replaceState(null, "", search ? `${window.location.pathname}?${search}` : window.location.pathname);
}

export function AgentCatalogue() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const searchParams = useSearchParams();
  const agents = useQuery(trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }));

  const [query, setQueryState] = useState(() => searchParams.get("q") ?? "");
  const [capability, setCapabilityState] = useState<string | null>(() => searchParams.get("capability") || null);
  const [tab, setTabState] = useState<TCategoryTab>(() => parseCategoryTab(searchParams.get("category")));

  function update(next: Partial<{ q: string; capability: string | null; category: TCategoryTab }>) {
    const merged = { q: next.q ?? query, capability: next.capability === undefined ? capability : next.capability, category: next.category ?? tab };
    setQueryState(merged.q);
    setCapabilityState(merged.capability);
    setTabState(merged.category);
    writeUrl(merged);
  }

  const capabilities = useMemo(() => allCapabilities(agents.data ?? []), [agents.data]);
  const matched = useMemo(
    () => (agents.data ?? []).filter((agent) => matchesAgent(agent, { query, capability })),
    [agents.data, query, capability],
  );
  const byCategory = useMemo(() => {
    const groups: Record<TAgentCategory, TAgentSummary[]> = { core: [], specialist: [], assessment: [] };
    for (const agent of matched) groups[agent.category].push(agent);
    return groups;
  }, [matched]);

  const filtering = query.trim() !== "" || capability !== null;
  const href = (agent: TAgentSummary) => `/${workspace.slug}/agents/${agent.id}`;
  const clearFilters = () => update({ q: "", capability: null });

  function cards(list: TAgentSummary[]) {
    return (
      <Grid>
        {list.map((agent) => (
          <AgentCard key={agent.id} agent={agent} href={href(agent)} />
        ))}
      </Grid>
    );
  }

  function noMatches(current: TCategoryTab) {
    const elsewhere = current === "all" ? 0 : matched.length;
    const what = [query.trim() ? `“${query.trim()}”` : null, capability ? `the ${capability} capability` : null].filter(Boolean).join(" with ");
    return (
      <EmptyState
        icon={<Search />}
        title={`No ${current === "all" ? "" : `${categoryTitles[current].toLowerCase()} `}agents match ${what}`}
        description={
          elsewhere > 0
            ? `${elsewhere} ${elsewhere === 1 ? "agent matches" : "agents match"} in other categories.`
            : "Try another word: a role (“reviewer”), a deliverable (“openapi”) or a skill (“caching”)."
        }
        action={
          <>
            {elsewhere > 0 ? (
              <Button variant="outline" onClick={() => update({ category: "all" })}>
                Show all categories
              </Button>
            ) : null}
            <Button variant="outline" onClick={clearFilters}>
              Clear filters
            </Button>
          </>
        }
      />
    );
  }

  function body(current: TCategoryTab) {
    if (agents.isPending) {
      return (
        <Grid busy>
          <span className="sr-only" role="status">
            Loading agents…
          </span>
          {Array.from({ length: 6 }, (_, i) => (
            <AgentCardSkeleton key={i} />
          ))}
        </Grid>
      );
    }
    if (agents.isError) {
      return <ErrorState title="Couldn't load the agents" message={errorMessage(agents.error)} onRetry={() => agents.refetch()} />;
    }
    if (agents.data.length === 0) {
      return (
        <EmptyState
          icon={<Bot />}
          title="No agents available"
          description="This workspace has no agents to run. Built-in agents ship with CoralCollective; if they are missing, the installation is incomplete."
        />
      );
    }
    if (current !== "all") {
      const list = byCategory[current];
      return list.length > 0 ? cards(list) : noMatches(current);
    }
    if (matched.length === 0) return noMatches("all");
    return (
      <div className="grid gap-10">
        {categoryOrder.map((category) => {
          const list = byCategory[category];
          if (list.length === 0) return null;
          const headingId = `agents-${category}`;
          return (
            <section key={category} aria-labelledby={headingId} className="grid gap-4">
              <div className="grid gap-0.5">
                <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
                  {categoryTitles[category]} <Count value={list.length} />
                </h2>
                <p className="text-sm text-muted-foreground">{categoryDescriptions[category]}</p>
              </div>
              {cards(list)}
            </section>
          );
        })}
      </div>
    );
  }

  const count = (value: number) => (agents.data ? <Count value={value} /> : null);

  return (
    <>
      <PageHeader
        title="Agents"
        description="The specialists your workflows hand work to: what each one needs, what it produces and the prompt it runs on."
        actions={
          can("agent.edit") ? (
            <CreateAgentDialog
              workspaceSlug={workspace.slug}
              trigger={
                <Button>
                  <Plus aria-hidden />
                  New agent
                </Button>
              }
            />
          ) : null
        }
      />
      <Tabs value={tab} onValueChange={(value) => update({ category: parseCategoryTab(value) })}>
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <TabsList aria-label="Agent category" className="max-w-full overflow-x-auto">
            <TabsTrigger value="all">All {count(matched.length)}</TabsTrigger>
            {categoryOrder.map((category) => (
              <TabsTrigger key={category} value={category}>
                {categoryTitles[category]} {count(byCategory[category].length)}
              </TabsTrigger>
            ))}
          </TabsList>
          <div className="flex flex-col gap-2 sm:flex-row">
            <div className="relative sm:w-64">
              <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
              <Input
                type="search"
                value={query}
                onChange={(event) => update({ q: event.target.value })}
                placeholder="Search agents"
                aria-label="Search agents"
                className="pl-8"
              />
            </div>
            <Select
              value={capability ?? ALL_CAPABILITIES}
              onValueChange={(value) => update({ capability: value === ALL_CAPABILITIES ? null : value })}
              disabled={!agents.data}
            >
              <SelectTrigger aria-label="Filter by capability" className={cn("sm:w-56", capability && "font-mono text-[13px]")}>
                <SelectValue placeholder="All capabilities" />
              </SelectTrigger>
              <SelectContent className="max-h-80">
                <SelectItem value={ALL_CAPABILITIES}>All capabilities</SelectItem>
                <SelectSeparator />
                {capabilities.map((value) => (
                  <SelectItem key={value} value={value} className="font-mono text-[13px]">
                    {value}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
        {filtering && agents.data && matched.length > 0 ? (
          <p className="flex flex-wrap items-center gap-x-2 text-[13px] text-muted-foreground" role="status">
            Showing {matched.length} of {agents.data.length} agents.
            <Button variant="link" size="sm" className="h-auto text-[13px]" onClick={clearFilters}>
              Clear filters
            </Button>
          </p>
        ) : null}
        <TabsContent value="all">{body("all")}</TabsContent>
        {categoryOrder.map((category) => (
          <TabsContent key={category} value={category}>
            {body(category)}
          </TabsContent>
        ))}
      </Tabs>
    </>
  );
}
