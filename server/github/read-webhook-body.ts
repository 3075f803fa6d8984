// Reads a webhook body as raw bytes (the signature covers exactly these),
// refusing anything over the limit both on the declared Content-Length and
// while streaming, so a lying or absent header cannot make us buffer more.
import { readBodyBytes } from "@/server/http/read-body";

export type TWebhookBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" };

export async function readWebhookBody(request: Request, limit: number): Promise<TWebhookBody> {
  const bytes = await readBodyBytes(request, limit);
  return bytes ? { ok: true, bytes } : { ok: false, reason: "too-large" };
}
