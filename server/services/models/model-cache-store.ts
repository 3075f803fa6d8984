// The persistent (L3) level of the model response cache: a row per workspace
// and key, read only while unexpired. Every read names the workspace, so one
// workspace's answers are never served to another.
import { getDb } from "@/server/db/client";

export type TCachedResponse = {
  text: string;
  object?: unknown;
  provider: string;
  model: string;
  usage: { inputTokens: number; outputTokens: number; cachedInputTokens: number };
  costMicros: number;
};

export async function readCachedResponse(workspaceId: string, key: string): Promise<TCachedResponse | null> {
  const db = await getDb();
  const row = await db.modelCacheEntry.findFirst({ where: { workspaceId, key, expiresAt: { gt: new Date() } }, select: { id: true, response: true } });
  if (!row) return null;
  await db.modelCacheEntry.update({ where: { id: row.id, workspaceId }, data: { hits: { increment: 1 } } });
  return row.response as TCachedResponse;
}

export async function writeCachedResponse(workspaceId: string, key: string, response: TCachedResponse, ttlSeconds: number): Promise<void> {
  const db = await getDb();
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const data = { model: `${response.provider}:${response.model}`, response: response as object, costMicros: BigInt(response.costMicros), expiresAt };
  await db.modelCacheEntry.upsert({
    where: { workspaceId_key: { workspaceId, key } },
    create: { workspaceId, key, ...data },
    update: data,
  });
}

/** Housekeeping: drop expired rows (all workspaces; nothing tenant-visible changes). */
export async function purgeExpiredCache(): Promise<number> {
  const db = await getDb();
  const { count } = await db.modelCacheEntry.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  return count;
}
