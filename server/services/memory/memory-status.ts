// What the memory page's header says about the index: the active embedder,
// how many of the project's items its vectors cover and how many wait for the
// re-index (another embedder made theirs), and whether a re-index is running.
import { z } from "zod";
import { isInngestConfigured } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { getEmbedder } from "@/server/memory/embedders/select-embedder";
import { listActive } from "@/server/services/engine/execution-store";
import type { TWorkspaceScope } from "../shared/scope";

export const ZMemoryStatusInput = z.object({ projectId: z.string().min(1) });

export async function memoryStatus(scope: TWorkspaceScope, raw: z.input<typeof ZMemoryStatusInput>) {
  const { projectId } = ZMemoryStatusInput.parse(raw);
  const embedder = getEmbedder();
  const db = await getDb();
  const [byEmbedder, reindexing] = await Promise.all([
    db.memoryItem.groupBy({ by: ["embedder"], where: { workspaceId: scope.workspaceId, projectId }, _count: { _all: true } }),
    reindexRunning(scope.workspaceId),
  ]);
  const total = byEmbedder.reduce((n, g) => n + g._count._all, 0);
  const current = byEmbedder.find((g) => g.embedder === embedder.name)?._count._all ?? 0;
  return {
    embedder: { name: embedder.name, label: embedder.label, dimensions: embedder.dimensions, offline: embedder.offline },
    items: total,
    indexed: current,
    stale: total - current,
    /** Null where the engine is Inngest, whose queue this process cannot see. */
    reindexing,
  };
}

export type TMemoryStatus = Awaited<ReturnType<typeof memoryStatus>>;

async function reindexRunning(workspaceId: string): Promise<boolean | null> {
  if (isInngestConfigured) return null;
  const active = await listActive("memory-reindex");
  return active.some((execution) => (execution.eventData as { workspaceId?: string } | null)?.workspaceId === workspaceId);
}
