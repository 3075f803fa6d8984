"use client";

// Changing a project's memory: add a note, edit, pin and delete an item. Every
// change refreshes all memory views (lists, searches, the graph, sources),
// since an edit re-extracts entities and a delete can drop some.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { isMemoryKind, type TMemoryEntry } from "./memory-meta";

export function useMemoryActions(projectId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.memory.pathKey() }), [queryClient, trpc]);

  const add = useMutation(trpc.memory.add.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.memory.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.memory.delete.mutationOptions({ onSuccess: refresh }));

  const setPinned = useCallback(
    (entry: TMemoryEntry, pinned: boolean) =>
      update.mutate(
        { workspaceSlug: workspace.slug, projectId, itemId: entry.id, pinned },
        {
          onSuccess: () => toast.success(pinned ? `Pinned “${entry.title}”` : `Unpinned “${entry.title}”`, {
            description: pinned ? "It ranks higher in every search, and agents see it first." : undefined,
          }),
          onError: (error) => toast.error(pinned ? "Couldn't pin it" : "Couldn't unpin it", { description: errorMessage(error) }),
        },
      ),
    [update, workspace.slug, projectId],
  );

  /** Deletes, then offers Undo for what people wrote (a run's items are tied to their run and step). */
  const deleteEntry = useCallback(
    async (entry: TMemoryEntry) => {
      await remove.mutateAsync({ workspaceSlug: workspace.slug, projectId, itemId: entry.id });
      const kind = entry.kind;
      const restorable = entry.runId === null && isMemoryKind(kind);
      toast.success(`Deleted “${entry.title}”`, {
        action: restorable
          ? {
              label: "Undo",
              onClick: () =>
                add.mutate(
                  { workspaceSlug: workspace.slug, projectId, kind, title: entry.title, content: entry.content, pinned: entry.pinned },
                  { onError: (error) => toast.error("Couldn't restore it", { description: errorMessage(error) }) },
                ),
            }
          : undefined,
      });
    },
    [remove, add, workspace.slug, projectId],
  );

  return { add, update, setPinned, deleteEntry, pinPending: update.isPending ? update.variables?.itemId : undefined };
}
