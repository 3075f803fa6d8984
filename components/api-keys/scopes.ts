// How API key scopes and states read in the UI. What a scope allows is decided
// on the server (server/auth/api-key-scopes.ts); these are only the words for it.
import { apiKeyScopeDescriptions, apiKeyScopes, type TApiKeyScope } from "@/server/auth/api-key-scopes";
import type { TApiKeyStatus } from "@/server/services/api-keys/list-api-keys";

export { apiKeyScopeDescriptions, apiKeyScopes, type TApiKeyScope };

export const scopeLabels: Record<TApiKeyScope, string> = {
  read: "Read",
  write: "Write",
  "runs:execute": "Run workflows",
  admin: "Admin",
};

export const statusBadges: Record<TApiKeyStatus, { label: string; variant: "success" | "warning" | "destructive" }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  revoked: { label: "Revoked", variant: "destructive" },
};

export const expiryOptions = [
  { value: "never", label: "Never", days: null },
  { value: "30", label: "In 30 days", days: 30 },
  { value: "90", label: "In 90 days", days: 90 },
  { value: "365", label: "In 1 year", days: 365 },
] as const;
export type TExpiryOption = (typeof expiryOptions)[number]["value"];

/** The first request to try with a new key. */
export function curlExample(key: string, origin: string): string {
  return `curl -H "Authorization: Bearer ${key}" ${origin}/api/v1/me`;
}
