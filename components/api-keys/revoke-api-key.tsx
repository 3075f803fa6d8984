"use client";

// Revoking a key, after a confirmation: whatever uses it gets 401 from its next request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TApiKeyListItem } from "@/server/services/api-keys/list-api-keys";

export function RevokeApiKey({ apiKey }: { apiKey: TApiKeyListItem }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke API key ${apiKey.name}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${apiKey.name}”?`}
      description={
        <>
          Anything using <span className="font-mono text-foreground">{apiKey.prefix}…</span> will be refused from its next
          request. This can&apos;t be undone; create a new key to restore access.
        </>
      }
      confirmLabel="Revoke key"
      onConfirm={async () => {
        await revoke.mutateAsync({ workspaceSlug: workspace.slug, apiKeyId: apiKey.id });
        toast.success(`Revoked “${apiKey.name}”`);
        await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
      }}
    />
  );
}
