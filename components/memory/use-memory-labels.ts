"use client";

// Names for the ids a memory item carries: its agent ("backend_developer" →
// "Backend Developer", from the workspace's catalogue) and its run ("Run #3",
// from the project's runs). Either list failing leaves readable fallbacks.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/workspaces/workspace-context";

export type TMemoryLabels = {
  agentName: (agentId: string) => string;
  runLabel: (runId: string) => string;
  /** The project's runs, newest first, for the run filter. */
  runs: { id: string; label: string }[];
};

function wordsOf(id: string): string {
  const words = id.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function useMemoryLabels(projectId: string): TMemoryLabels {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const agents = useQuery({ ...trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }), staleTime: 5 * 60_000 });
  const runList = useQuery(trpc.run.list.queryOptions({ workspaceSlug: workspace.slug, projectId, limit: 100 }));

  const agentNames = useMemo(() => new Map((agents.data ?? []).map((a) => [a.id, a.name])), [agents.data]);
  const runs = useMemo(
    () => (runList.data ?? []).map((r) => ({ id: r.id, label: `Run #${r.number} · ${r.workflowName}`, short: `Run #${r.number}` })),
    [runList.data],
  );
  const runNames = useMemo(() => new Map(runs.map((r) => [r.id, r.short])), [runs]);

  const agentName = useCallback((agentId: string) => agentNames.get(agentId) ?? wordsOf(agentId), [agentNames]);
  const runLabel = useCallback((runId: string) => runNames.get(runId) ?? "Run", [runNames]);
  return { agentName, runLabel, runs };
}
