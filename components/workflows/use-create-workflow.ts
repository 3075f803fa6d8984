"use client";

// Create a workflow (blank or from a template) and open it in the editor.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/workspaces/workspace-context";

export function useCreateWorkflow() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  return useMutation(
    trpc.workflow.create.mutationOptions({
      onSuccess: (created) => {
        toast.success(`Created ${created.name}`, { description: "Version 1 is saved. Edit it, then save the next version." });
        void queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey() });
        router.push(`/${workspace.slug}/workflows/${created.id}`);
      },
    }),
  );
}
