// A workspace's own model provider keys. Keys are sealed with the workspace id
// as associated data and never leave the server once saved: settings show the
// last four characters only.
import { getDb } from "@/server/db/client";
import { invalidateModelContext } from "@/server/models/model-context";
import { decryptSecret, encryptSecret } from "@/server/crypto/secret-box";
import { AppError, orNotFound } from "@/server/errors/app-error";
import type { TProviderConfig, TRealProvider } from "@/server/models/providers/provider-config";
import type { TWorkspaceScope } from "../shared/scope";
import { ZRemoveProviderCredentialInput, ZSetProviderCredentialInput, type TSetProviderCredentialInput } from "./schemas";

export type TProviderCredential = { provider: TRealProvider; keyHint: string | null; baseUrl: string | null; updatedAt: Date };

const publicSelect = { provider: true, keyHint: true, baseUrl: true, updatedAt: true } as const;

export async function listProviderCredentials(scope: TWorkspaceScope): Promise<TProviderCredential[]> {
  const db = await getDb();
  return db.providerCredential.findMany({ where: { workspaceId: scope.workspaceId }, select: publicSelect, orderBy: { provider: "asc" } });
}

export async function setProviderCredential(scope: TWorkspaceScope, raw: TSetProviderCredentialInput): Promise<TProviderCredential> {
  const input = ZSetProviderCredentialInput.parse(raw);
  const db = await getDb();
  const existing = await db.providerCredential.findUnique({ where: { workspaceId_provider: { workspaceId: scope.workspaceId, provider: input.provider } } });
  // A saved key is kept when only the base URL changes (the key is never sent back to be re-entered).
  const key = input.apiKey
    ? { encryptedKey: encryptSecret(input.apiKey, scope.workspaceId), keyHint: input.apiKey.slice(-4) }
    : { encryptedKey: existing?.encryptedKey ?? null, keyHint: existing?.keyHint ?? null };
  if (!key.encryptedKey && input.provider !== "compatible") throw new AppError("INVALID_INPUT", "OpenAI and Anthropic need an API key.");
  const data = { ...key, baseUrl: input.baseUrl ?? null };
  const saved = await db.providerCredential.upsert({
    where: { workspaceId_provider: { workspaceId: scope.workspaceId, provider: input.provider } },
    create: { workspaceId: scope.workspaceId, provider: input.provider, createdById: scope.actor?.userId ?? null, ...data },
    update: data,
    select: publicSelect,
  });
  invalidateModelContext(scope.workspaceId);
  return saved;
}

export async function removeProviderCredential(scope: TWorkspaceScope, raw: { provider: TRealProvider }): Promise<void> {
  const { provider } = ZRemoveProviderCredentialInput.parse(raw);
  const db = await getDb();
  await orNotFound("Provider key", db.providerCredential.delete({ where: { workspaceId_provider: { workspaceId: scope.workspaceId, provider } } }));
  invalidateModelContext(scope.workspaceId);
}

/** The gateway's view: decrypted, for this workspace only. */
export async function workspaceProviderConfigs(workspaceId: string): Promise<TProviderConfig[]> {
  const db = await getDb();
  const rows = await db.providerCredential.findMany({ where: { workspaceId } });
  return rows.map((row) => ({
    provider: row.provider,
    apiKey: row.encryptedKey ? decryptSecret(row.encryptedKey, workspaceId) : undefined,
    baseUrl: row.baseUrl ?? undefined,
    source: "workspace" as const,
  }));
}
