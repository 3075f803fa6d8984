"use client";

// Archive or restore a project, with a toast that can undo it.
import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { useProjectCache } from "./use-project-cache";

export function useArchiveProject() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const cache = useProjectCache();

  const mutation = useMutation(
    trpc.project.setArchived.mutationOptions({
      onSuccess: (project, input) => {
        cache.updated(project);
        toast.success(input.archived ? `Archived ${project.name}` : `Restored ${project.name}`, {
          description: input.archived ? "It's now under Archived in the project list." : undefined,
          action: {
            label: "Undo",
            onClick: () => {
              mutation.mutate({ workspaceSlug: workspace.slug, projectId: project.id, archived: !input.archived });
            },
          },
        });
      },
      onError: (error, input) => {
        toast.error(input.archived ? "Couldn't archive the project" : "Couldn't restore the project", {
          description: errorMessage(error),
        });
      },
    }),
  );

  return {
    setArchived: (projectId: string, archived: boolean) => mutation.mutate({ workspaceSlug: workspace.slug, projectId, archived }),
    isPending: mutation.isPending,
  };
}
