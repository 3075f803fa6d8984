"use client";

// Keeping the project caches right after a change: the project page reads
// `project.get`, lists read `project.list`, the switcher reads `workspace.list`.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TProject } from "@/server/services/projects/project-select";

export function useProjectCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();

  /** A project changed: show the server's copy and refresh every list. */
  const updated = useCallback(
    (project: TProject) => {
      queryClient.setQueryData(trpc.project.get.queryKey({ workspaceSlug: workspace.slug, projectSlug: project.slug }), project);
      void queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
    },
    [queryClient, trpc, workspace.slug],
  );

  /** A project is gone: lists refresh; its page is marked stale without refetching a 404 while we leave it. */
  const removed = useCallback(
    (projectSlug: string) => {
      void queryClient.invalidateQueries({
        queryKey: trpc.project.get.queryKey({ workspaceSlug: workspace.slug, projectSlug }),
        refetchType: "none",
      });
      void queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
    },
    [queryClient, trpc, workspace.slug],
  );

  return { updated, removed };
}
