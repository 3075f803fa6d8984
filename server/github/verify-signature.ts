// GitHub signs every webhook delivery: `X-Hub-Signature-256: sha256=<hex>`, the
// HMAC-SHA256 of the raw body under the webhook secret. Verified on the exact
// bytes received (never re-serialised JSON) with a constant-time compare; any
// malformed header is simply "not verified", never an exception.
import { createHmac, timingSafeEqual } from "node:crypto";

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

export function signGitHubPayload(rawBody: Uint8Array | string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}

export function verifyGitHubSignature(rawBody: Uint8Array | string, header: string | null | undefined, secret: string): boolean {
  const match = SIGNATURE.exec(header?.trim() ?? "");
  if (!match || secret === "") return false;
  const given = Buffer.from(match[1]!, "hex");
  const expected = createHmac("sha256", secret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
