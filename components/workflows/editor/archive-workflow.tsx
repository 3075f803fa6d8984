"use client";

// "Archive workflow": it leaves the list and can no longer be run; its versions
// and the runs that used them stay.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useWorkspace } from "@/components/workspaces/workspace-context";

export function WorkflowActionsMenu({ workflow }: { workflow: { id: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const [confirming, setConfirming] = useState(false);
  const archive = useMutation(trpc.workflow.archive.mutationOptions());

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon" aria-label="More actions">
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem variant="destructive" onSelect={() => setConfirming(true)}>
            <Archive aria-hidden />
            Archive workflow…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Archive ${workflow.name}?`}
        description="It leaves the workflow list and can no longer be run. Its versions, and the runs that used them, are kept."
        confirmLabel="Archive"
        onConfirm={async () => {
          await archive.mutateAsync({ workspaceSlug: workspace.slug, workflowId: workflow.id });
          toast.success(`Archived ${workflow.name}`);
          await queryClient.invalidateQueries({ queryKey: trpc.workflow.pathKey() });
          router.push(`/${workspace.slug}/workflows`);
        }}
      />
    </>
  );
}
