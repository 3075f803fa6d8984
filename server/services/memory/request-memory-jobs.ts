// Asking for memory's background jobs: a re-index of a workspace's stale
// vectors, a retention sweep. At boot, both for every workspace that needs
// them (an embedder changed while the server was down; time passed); a sweep
// again after a run finishes and when a workspace changes its retention.
import { sendEngineEvent } from "@/server/engine/engine";
import { workspacesWithRetention } from "./erase-expired";
import { MEMORY_REINDEX_REQUESTED, MEMORY_RETENTION_REQUESTED, memoryJobEvent } from "./memory-events";
import { workspacesWithStaleVectors } from "./reindex-memory";

export async function requestReindex(workspaceIds: string[]): Promise<void> {
  if (workspaceIds.length > 0) await sendEngineEvent(workspaceIds.map((id) => memoryJobEvent(MEMORY_REINDEX_REQUESTED, id)));
}

export async function requestRetentionSweep(workspaceIds: string[]): Promise<void> {
  if (workspaceIds.length > 0) await sendEngineEvent(workspaceIds.map((id) => memoryJobEvent(MEMORY_RETENTION_REQUESTED, id)));
}

/** At boot: re-index and sweep wherever there is something to do. */
export async function requestMemoryUpkeep(): Promise<{ reindex: number; retention: number }> {
  const [stale, retained] = await Promise.all([workspacesWithStaleVectors(), workspacesWithRetention()]);
  await requestReindex(stale);
  await requestRetentionSweep(retained);
  return { reindex: stale.length, retention: retained.length };
}

// A busy workspace finishes many runs a day; one sweep an hour per workspace is plenty.
const SWEEP_EVERY_MS = 3_600_000;
const lastSweep = new Map<string, number>();

/** After a run: a sweep, if the workspace has a retention period and none was asked for within the hour. */
export async function requestSweepAfterRun(workspaceId: string, retentionDays: number | null): Promise<void> {
  if (retentionDays === null) return;
  const now = Date.now();
  if (now - (lastSweep.get(workspaceId) ?? 0) < SWEEP_EVERY_MS) return;
  lastSweep.set(workspaceId, now);
  await requestRetentionSweep([workspaceId]);
}
