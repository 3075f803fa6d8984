// A workspace's memory retention: how many days unpinned memory is kept (null:
// for ever). Setting it asks for a sweep at once, so shortening it takes
// effect now rather than after the next run.
import { getDb } from "@/server/db/client";
import { notFound, orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { requestRetentionSweep } from "./request-memory-jobs";
import { ZSetMemoryRetentionInput, type TSetMemoryRetentionInput } from "./retention-schema";

export async function getMemoryRetention(scope: TWorkspaceScope): Promise<{ days: number | null }> {
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { id: scope.workspaceId }, select: { memoryRetentionDays: true } });
  if (!workspace) throw notFound("Workspace");
  return { days: workspace.memoryRetentionDays };
}

export async function setMemoryRetention(scope: TWorkspaceScope, raw: TSetMemoryRetentionInput): Promise<{ days: number | null }> {
  const { days } = ZSetMemoryRetentionInput.parse(raw);
  const db = await getDb();
  const saved = await orNotFound("Workspace", db.workspace.update({ where: { id: scope.workspaceId }, data: { memoryRetentionDays: days }, select: { memoryRetentionDays: true } }));
  if (days !== null) await requestRetentionSweep([scope.workspaceId]);
  return { days: saved.memoryRetentionDays };
}
