"use client";

// The memory page's line about the index: which embedder makes the vectors
// (label, dimensions; the offline one with its caveat), and — when some items
// were embedded by another one — how far the re-index has got. Until re-indexed, those items are found
// through the knowledge graph only, which the line says.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TMemoryStatus } from "@/server/services/memory/memory-status";

import { OfflineEmbedderNote } from "./offline-embedder-note";

export function MemoryIndexStatus({ status, projectId }: { status: TMemoryStatus; projectId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const reindex = useMutation(
    trpc.memory.reindex.mutationOptions({
      onSuccess: () => {
        toast.success("Re-index requested");
        void queryClient.invalidateQueries({ queryKey: trpc.memory.status.queryKey({ workspaceSlug: workspace.slug, projectId }) });
      },
      onError: (err) => toast.error("Couldn't start the re-index", { description: errorMessage(err) }),
    }),
  );
  const { embedder, items, indexed, stale, reindexing } = status;
  const percent = items === 0 ? 100 : Math.floor((indexed / items) * 100);

  return (
    <div className="grid gap-1.5 text-xs text-muted-foreground">
      {embedder.offline ? (
        <OfflineEmbedderNote label={embedder.label} dimensions={embedder.dimensions} />
      ) : (
        <p className="flex flex-wrap items-center gap-2">
          <Badge variant="outline" className="font-mono text-[11px] font-normal" title={embedder.name}>
            {embedder.label} · {embedder.dimensions} dims
          </Badge>
          <span>{stale === 0 ? "Every item is indexed by this embedder." : `${indexed} of ${items} items indexed by this embedder.`}</span>
        </p>
      )}
      {stale > 0 ? (
        <div role="status" aria-live="polite" className="grid max-w-xl gap-1.5">
          <div
            className="h-1.5 overflow-hidden rounded-full bg-muted"
            role="progressbar"
            aria-label="Re-index progress"
            aria-valuemin={0}
            aria-valuemax={items}
            aria-valuenow={indexed}
          >
            <div className="h-full rounded-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p className="flex flex-wrap items-center gap-2">
            {reindexing ? (
              <>
                <Spinner size="sm" aria-hidden />
                Re-indexing {stale} {stale === 1 ? "item" : "items"} another embedder made; until then search finds them through the graph only.
              </>
            ) : (
              <>
                {stale} {stale === 1 ? "item was" : "items were"} embedded by another embedder and {stale === 1 ? "is" : "are"} left out of similarity search until re-indexed.
                {can("workspace.update") ? (
                  <Button variant="outline" size="sm" className="h-6 px-2 text-xs" loading={reindex.isPending} onClick={() => reindex.mutate({ workspaceSlug: workspace.slug })}>
                    <RefreshCw aria-hidden />
                    Re-index now
                  </Button>
                ) : null}
              </>
            )}
          </p>
        </div>
      ) : null}
    </div>
  );
}
