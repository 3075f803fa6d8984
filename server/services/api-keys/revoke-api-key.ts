// Revoke an API key: from the next request on, it answers 401. Found by id
// (dashboard) or by its visible prefix (command line), always within the workspace.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { apiKeyListSelect, toApiKeyListItem, type TApiKeyListItem } from "./list-api-keys";
import { ZRevokeApiKeyInput, type TRevokeApiKeyInput } from "./schemas";

export async function revokeApiKey(scope: TWorkspaceScope, raw: TRevokeApiKeyInput, now = new Date()): Promise<TApiKeyListItem> {
  const input = ZRevokeApiKeyInput.parse(raw);
  const db = await getDb();
  const which = "apiKeyId" in input ? { id: input.apiKeyId } : { prefix: input.prefix };
  const matches = await db.apiKey.findMany({
    where: { workspaceId: scope.workspaceId, ...which },
    select: { id: true, prefix: true, revokedAt: true },
    take: 2,
  });
  const key = matches[0];
  if (!key) throw notFound("API key");
  if (matches.length > 1) throw new AppError("CONFLICT", `More than one key starts with ${key.prefix}; revoke it from the dashboard.`);
  if (key.revokedAt) throw new AppError("CONFLICT", `API key ${key.prefix}… is already revoked.`);

  // Conditional on still being active, so two revocations cannot both "win".
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({
      where: { id: key.id, workspaceId: scope.workspaceId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) throw new AppError("CONFLICT", `API key ${key.prefix}… is already revoked.`);
    await appendAuditEvent({ ...auditActorOf(scope), action: "apikey.revoked", targetType: "api_key", targetId: key.id, data: { keyPrefix: key.prefix } }, tx);
  });
  const row = await db.apiKey.findFirstOrThrow({ where: { id: key.id, workspaceId: scope.workspaceId }, select: apiKeyListSelect });
  return toApiKeyListItem(row, now);
}
