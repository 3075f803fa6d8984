// Inputs of the API key services, and the shape of a key: "cc_live_" and 32
// base62 characters, of which the first 16 are kept in clear as its prefix.
import { z } from "zod";
import { apiKeyScopes } from "@/server/auth/api-key-scopes";

export const API_KEY_TAG = "cc_live_";
export const API_KEY_RANDOM_LENGTH = 32;
export const API_KEY_PREFIX_LENGTH = 16;
export const API_KEY_PATTERN = /^cc_live_[A-Za-z0-9]{32}$/;
const PREFIX_PATTERN = /^cc_live_[A-Za-z0-9]{8}$/;

export const ZApiKeyScope = z.enum(apiKeyScopes, { error: `Scopes are ${apiKeyScopes.join(", ")}.` });

export const ZApiKeyScopes = z
  .array(ZApiKeyScope)
  .min(1, "Choose at least one scope.")
  .max(apiKeyScopes.length * 2, "Too many scopes.")
  // Stored once each, in the canonical order, however they were sent.
  .transform((scopes) => apiKeyScopes.filter((s) => scopes.includes(s)));

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, "Give the key a name.").max(80, "Use at most 80 characters."),
  scopes: ZApiKeyScopes,
  /** When the key stops working; absent or null: never. Must be in the future. */
  expiresAt: z.date({ error: "Expiry must be a valid date." }).nullish(),
});
export type TCreateApiKeyInput = z.input<typeof ZCreateApiKeyInput>;

export const ZApiKeyIdInput = z.object({ apiKeyId: z.string().min(1, "Which key?").max(64) });
export type TApiKeyIdInput = z.infer<typeof ZApiKeyIdInput>;

export const ZApiKeyPrefix = z
  .string()
  .trim()
  .regex(PREFIX_PATTERN, `A key prefix looks like ${API_KEY_TAG}Ab12Cd34 (the first ${API_KEY_PREFIX_LENGTH} characters of the key).`);

/** Revoke by id (the dashboard) or by the visible prefix (the command line). */
export const ZRevokeApiKeyInput = z.union([ZApiKeyIdInput, z.object({ prefix: ZApiKeyPrefix })]);
export type TRevokeApiKeyInput = z.infer<typeof ZRevokeApiKeyInput>;
