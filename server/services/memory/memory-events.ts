// The events that start memory's background jobs, and their payload. Each job
// runs one at a time per workspace, in a lane of its own (`lane`), so it
// neither waits for the workspace's runs nor holds one of their slots.
import type { TEngineEvent } from "@/server/engine/step-tools";

export const MEMORY_REINDEX_REQUESTED = "memory/reindex.requested";
export const MEMORY_RETENTION_REQUESTED = "memory/retention.requested";

export type TMemoryJobData = { workspaceId: string; lane: string };

export function memoryJobEvent(name: typeof MEMORY_REINDEX_REQUESTED | typeof MEMORY_RETENTION_REQUESTED, workspaceId: string): TEngineEvent<TMemoryJobData> {
  return { name, data: { workspaceId, lane: `${name}:${workspaceId}` } };
}
