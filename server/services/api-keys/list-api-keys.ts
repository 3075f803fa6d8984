// A workspace's API keys as the dashboard and the command line show them:
// prefix, scopes, who created it, when it was last used and its state. Never the hash.
import { isApiKeyScope, type TApiKeyScope } from "@/server/auth/api-key-scopes";
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";

export type TApiKeyStatus = "active" | "expired" | "revoked";

export type TApiKeyListItem = {
  id: string;
  name: string;
  prefix: string;
  scopes: TApiKeyScope[];
  createdBy: { name: string | null; email: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: TApiKeyStatus;
};

export const apiKeyListSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { name: true, email: true } },
} as const;

type TApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string | null; email: string } | null;
};

export function apiKeyStatus(row: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): TApiKeyStatus {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt <= now) return "expired";
  return "active";
}

export function toApiKeyListItem(row: TApiKeyRow, now = new Date()): TApiKeyListItem {
  return { ...row, scopes: row.scopes.filter(isApiKeyScope), status: apiKeyStatus(row, now) };
}

export async function listApiKeys(scope: TWorkspaceScope, now = new Date()): Promise<TApiKeyListItem[]> {
  const db = await getDb();
  const rows = await db.apiKey.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: apiKeyListSelect,
  });
  return rows.map((row) => toApiKeyListItem(row, now));
}
