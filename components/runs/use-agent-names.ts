"use client";

// Agents' display names for run views ("backend_developer" → "Backend Developer"),
// from the workspace's catalogue; an id it doesn't know reads as words.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { humanizeId } from "./format";

export function useAgentNames(): (agentId: string | null | undefined) => string {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const agents = useQuery({ ...trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }), staleTime: 5 * 60_000 });
  const names = useMemo(() => new Map((agents.data ?? []).map((a) => [a.id, a.name])), [agents.data]);
  return useCallback((agentId) => (agentId ? (names.get(agentId) ?? humanizeId(agentId)) : "Approval"), [names]);
}
