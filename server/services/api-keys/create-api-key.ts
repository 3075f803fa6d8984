// Create an API key. The key is returned once; only its SHA-256 hash and its
// visible prefix are kept, so nobody (us included) can show it again.
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { generateApiKey } from "./generate-api-key";
import { apiKeyListSelect, toApiKeyListItem, type TApiKeyListItem } from "./list-api-keys";
import { ZCreateApiKeyInput, type TCreateApiKeyInput } from "./schemas";

export type TCreatedApiKey = { apiKey: TApiKeyListItem; key: string };

export async function createApiKey(scope: TWorkspaceScope, raw: TCreateApiKeyInput, now = new Date()): Promise<TCreatedApiKey> {
  const input = ZCreateApiKeyInput.parse(raw);
  if (input.expiresAt && input.expiresAt <= now) {
    throw new AppError("INVALID_INPUT", "The expiry date must be in the future.", { field: "expiresAt" });
  }
  const db = await getDb();
  // A hash collision of 190 random bits will not happen; the retry only keeps
  // the unique index from ever surfacing as an error if it somehow did.
  for (let attempt = 0; ; attempt++) {
    const { key, prefix, keyHash } = generateApiKey();
    try {
      const row = await db.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: {
            workspaceId: scope.workspaceId,
            name: input.name,
            prefix,
            keyHash,
            scopes: input.scopes,
            createdById: scope.actor?.userId ?? null,
            expiresAt: input.expiresAt ?? null,
          },
          select: apiKeyListSelect,
        });
        await appendAuditEvent({ ...auditActorOf(scope), action: "apikey.created", targetType: "api_key", targetId: created.id, data: { name: input.name, keyPrefix: prefix, scopes: input.scopes } }, tx);
        return created;
      });
      return { apiKey: toApiKeyListItem(row, now), key };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}
