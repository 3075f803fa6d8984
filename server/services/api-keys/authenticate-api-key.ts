// Who is calling the REST API: the raw bearer key → its workspace and scopes.
// The key is looked up by its SHA-256 hash (an indexed equality on a digest,
// so no secret is ever compared byte by byte), and `lastUsedAt` is written at
// most once a minute by one conditional UPDATE, not on every request.
import { isApiKeyScope, type TApiKeyScope } from "@/server/auth/api-key-scopes";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { sha256 } from "../shared/tokens";
import { API_KEY_PATTERN, API_KEY_TAG } from "./schemas";

export const LAST_USED_RESOLUTION_MS = 60_000;

export type TApiKeyCaller = {
  keyId: string;
  workspaceId: string;
  workspaceSlug: string;
  scopes: TApiKeyScope[];
  name: string;
  prefix: string;
};

const unauthenticated = (message: string, reason: string) => new AppError("UNAUTHENTICATED", message, { reason });

export async function authenticateApiKey(raw: string | null, now = new Date()): Promise<TApiKeyCaller> {
  const token = raw?.trim() ?? "";
  if (!token) {
    throw unauthenticated(`No API key. Send one as "Authorization: Bearer ${API_KEY_TAG}…"; create keys in Settings → API keys.`, "missing");
  }
  if (!API_KEY_PATTERN.test(token)) {
    throw unauthenticated(`That is not a CoralCollective API key: keys are "${API_KEY_TAG}" followed by 32 letters and digits.`, "malformed");
  }

  const db = await getDb();
  const key = await db.apiKey.findUnique({
    where: { keyHash: sha256(token) },
    select: {
      id: true, workspaceId: true, name: true, prefix: true, scopes: true,
      lastUsedAt: true, expiresAt: true, revokedAt: true,
      workspace: { select: { slug: true } },
    },
  });
  if (!key) throw unauthenticated("This API key is not recognised. Check that you copied all of it, or create a new one.", "unknown");
  if (key.revokedAt) {
    throw unauthenticated(`API key ${key.prefix}… was revoked on ${key.revokedAt.toISOString()}. Create a new key in Settings → API keys.`, "revoked");
  }
  if (key.expiresAt && key.expiresAt <= now) {
    throw unauthenticated(`API key ${key.prefix}… expired on ${key.expiresAt.toISOString()}. Create a new key in Settings → API keys.`, "expired");
  }

  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!key.lastUsedAt || key.lastUsedAt < staleBefore) {
    // Requests racing past the check above still write once: the condition is re-checked by the database.
    await db.apiKey.updateMany({
      where: { id: key.id, workspaceId: key.workspaceId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }

  return {
    keyId: key.id,
    workspaceId: key.workspaceId,
    workspaceSlug: key.workspace.slug,
    scopes: key.scopes.filter(isApiKeyScope),
    name: key.name,
    prefix: key.prefix,
  };
}
