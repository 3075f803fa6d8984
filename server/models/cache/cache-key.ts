// The response cache key: a hash of everything that shapes the answer — the
// model, the prompt and the parameters. The workspace is not in the hash; each
// cache level scopes its entries by workspace instead.
import { createHash } from "node:crypto";
import { stableStringify } from "@/server/shared/stable-json";

export type TCacheKeyInput = {
  ref: string;
  system?: string;
  messages: unknown;
  maxOutputTokens: number;
  temperature: number;
  schema?: unknown;
};

export function cacheKeyOf(input: TCacheKeyInput): string {
  return createHash("sha256").update(stableStringify(input)).digest("hex");
}
