// A new API key: "cc_live_" + 32 base62 characters from the system's CSPRNG
// (about 190 bits), its visible prefix and the SHA-256 hash that is stored.
import { randomBytes } from "node:crypto";
import { sha256 } from "../shared/tokens";
import { API_KEY_PREFIX_LENGTH, API_KEY_RANDOM_LENGTH, API_KEY_TAG } from "./schemas";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
// 248 = 4 × 62: bytes at or above it are dropped so every character is equally likely.
const UNBIASED_LIMIT = 248;

export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < UNBIASED_LIMIT) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = API_KEY_TAG + randomBase62(API_KEY_RANDOM_LENGTH);
  return { key, prefix: key.slice(0, API_KEY_PREFIX_LENGTH), keyHash: sha256(key) };
}
