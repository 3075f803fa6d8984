// Reads a webhook body as raw bytes (the signature covers exactly these),
// refusing anything over the limit both on the declared Content-Length and
// while streaming, so a lying or absent header cannot make us buffer more.
export type TWebhookBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" };

export async function readWebhookBody(request: Request, limit: number): Promise<TWebhookBody> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large" };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
