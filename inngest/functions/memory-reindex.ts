// Re-embeds a workspace's memory items that another embedder indexed, a batch
// per durable step, so a restart goes on from the last finished batch.
// Triggered at boot when stale items exist, and from the memory page.
import type { TEngineFunction } from "@/server/engine/step-tools";
import { MEMORY_REINDEX_REQUESTED, memoryJobEvent, type TMemoryJobData } from "@/server/services/memory/memory-events";
import { reindexBatch } from "@/server/services/memory/reindex-memory";

/** Batches per execution; a larger backlog carries on in a fresh execution (a short journal replays fast). */
const BATCHES_PER_EXECUTION = 250;

export const memoryReindex: TEngineFunction<TMemoryJobData> = {
  id: "memory-reindex",
  trigger: MEMORY_REINDEX_REQUESTED,
  concurrency: { key: "data.lane", limit: 1 },
  handler: async ({ event, step }) => {
    const { workspaceId } = event.data;
    let reindexed = 0;
    for (let batch = 1; batch <= BATCHES_PER_EXECUTION; batch++) {
      const done = await step.run(`batch:${batch}`, () => reindexBatch(workspaceId));
      reindexed += done.reindexed;
      if (!done.remaining) return { reindexed };
    }
    await step.sendEvent("continue", memoryJobEvent(MEMORY_REINDEX_REQUESTED, workspaceId));
    return { reindexed, continued: true };
  },
};
