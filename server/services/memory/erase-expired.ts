// Retention: a workspace may keep memory for a number of days
// (Workspace.memoryRetentionDays; unset keeps it for ever). Unpinned items
// not written for longer than that, and items past their own expiresAt, are
// erased a batch at a time: their vectors (through the VectorStore, so
// pgvector and Pinecone alike), the mentions and relations they sourced, and
// entities no longer mentioned by anything. Pinned items stay.
import { getDb } from "@/server/db/client";
import { deleteItems } from "./store-memory";

export const RETENTION_BATCH = 500;
const DAY_MS = 86_400_000;

/** The moment before which unpinned items are erased (ISO), or null when the workspace keeps memory for ever. */
export async function retentionCutoff(workspaceId: string, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { memoryRetentionDays: true } });
  const days = workspace?.memoryRetentionDays ?? null;
  return days === null ? null : new Date(now.getTime() - days * DAY_MS).toISOString();
}

export async function eraseExpiredBatch(workspaceId: string, cutoff: string | null, limit = RETENTION_BATCH): Promise<{ erased: number; remaining: boolean }> {
  const db = await getDb();
  const rows = await db.memoryItem.findMany({
    where: {
      workspaceId,
      pinned: false,
      OR: [{ expiresAt: { lte: new Date() } }, ...(cutoff ? [{ updatedAt: { lt: new Date(cutoff) } }] : [])],
    },
    select: { id: true, projectId: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  if (rows.length === 0) return { erased: 0, remaining: false };
  await deleteItems(workspaceId, rows.map((r) => r.id));
  const projects = [...new Set(rows.map((r) => r.projectId))];
  await db.memoryEntity.deleteMany({ where: { workspaceId, projectId: { in: projects }, mentions: { none: {} } } });
  return { erased: rows.length, remaining: rows.length === limit };
}

/** Workspaces with something retention may erase: a retention period set, or items with an expiry. */
export async function workspacesWithRetention(): Promise<string[]> {
  const db = await getDb();
  const [retained, expiring] = await Promise.all([
    db.workspace.findMany({ where: { memoryRetentionDays: { not: null } }, select: { id: true } }),
    db.memoryItem.findMany({ where: { expiresAt: { lte: new Date() }, pinned: false }, distinct: ["workspaceId"], select: { workspaceId: true } }),
  ]);
  return [...new Set([...retained.map((w) => w.id), ...expiring.map((i) => i.workspaceId)])];
}
