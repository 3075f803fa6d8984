// Erases a workspace's memory past its retention (and items past their own
// expiry), a batch per durable step. Triggered at boot, after a run finishes
// (at most hourly per workspace) and when the retention setting changes.
import type { TEngineFunction } from "@/server/engine/step-tools";
import { eraseExpiredBatch, retentionCutoff } from "@/server/services/memory/erase-expired";
import { MEMORY_RETENTION_REQUESTED, memoryJobEvent, type TMemoryJobData } from "@/server/services/memory/memory-events";

const BATCHES_PER_EXECUTION = 250;

export const memoryRetention: TEngineFunction<TMemoryJobData> = {
  id: "memory-retention",
  trigger: MEMORY_RETENTION_REQUESTED,
  concurrency: { key: "data.lane", limit: 1 },
  handler: async ({ event, step }) => {
    const { workspaceId } = event.data;
    // Fixed once, so a replay erases up to the same moment.
    const cutoff = await step.run("cutoff", () => retentionCutoff(workspaceId));
    let erased = 0;
    for (let batch = 1; batch <= BATCHES_PER_EXECUTION; batch++) {
      const done = await step.run(`batch:${batch}`, () => eraseExpiredBatch(workspaceId, cutoff));
      erased += done.erased;
      if (!done.remaining) return { erased };
    }
    await step.sendEvent("continue", memoryJobEvent(MEMORY_RETENTION_REQUESTED, workspaceId));
    return { erased, continued: true };
  },
};
