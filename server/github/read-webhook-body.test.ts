import { describe, expect, it } from "vitest";
import { readWebhookBody } from "./read-webhook-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/webhooks/github", { method: "POST", body, headers });

function streamOf(chunks: number, chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(120));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readWebhookBody", () => {
  it("returns the exact bytes under the limit", async () => {
    const result = await readWebhookBody(post('{"zen":"ok"}'), 100);
    expect(result).toEqual({ ok: true, bytes: expect.any(Uint8Array) });
    if (result.ok) expect(Buffer.from(result.bytes).toString()).toBe('{"zen":"ok"}');
  });

  it("accepts a body of exactly the limit", async () => {
    const result = await readWebhookBody(post("x".repeat(100)), 100);
    expect(result.ok && result.bytes.byteLength).toBe(100);
  });

  it("refuses on a declared Content-Length over the limit", async () => {
    expect(await readWebhookBody(post("tiny", { "content-length": "101" }), 100)).toEqual({ ok: false, reason: "too-large" });
  });

  it("refuses while streaming when no length is declared, without reading the rest", async () => {
    const { stream, pulled } = streamOf(1000, 64);
    const request = new Request("http://localhost/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readWebhookBody(request, 1000)).toEqual({ ok: false, reason: "too-large" });
    expect(pulled()).toBeLessThan(30);
  });

  it("reads an empty body as no bytes", async () => {
    const result = await readWebhookBody(post(null), 100);
    expect(result.ok && result.bytes.byteLength).toBe(0);
  });
});
