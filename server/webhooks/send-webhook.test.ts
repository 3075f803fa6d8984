import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendWebhook, type TSendOptions } from "./send-webhook";

type THit = { method: string; url: string; host: string; body: string; headers: http.IncomingHttpHeaders };
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function receiver(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const hits: THit[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      hits.push({ method: req.method ?? "", url: req.url ?? "", host: req.headers.host ?? "", body, headers: req.headers });
      answer(req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { hits, port: (server.address() as AddressInfo).port };
}

const open: TSendOptions = { allowPrivateTargets: true, timeoutMs: 2_000, maxResponseBytes: 4_096 };
const body = JSON.stringify({ id: "evt_1", type: "run.succeeded" });

describe("sendWebhook", () => {
  it("POSTs the body with the given headers and keeps the start of the answer", async () => {
    const { hits, port } = await receiver((_req, res) => res.writeHead(202, { "content-type": "text/plain" }).end("queued, thanks"));
    const result = await sendWebhook(`http://127.0.0.1:${port}/hooks?x=1`, body, { "Coral-Webhook-Id": "evt_1" }, open);
    expect(result).toMatchObject({ ok: true, status: 202, error: null, responseSnippet: "queued, thanks" });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ method: "POST", url: "/hooks?x=1", body });
    expect(hits[0]!.headers).toMatchObject({ "content-type": "application/json", "coral-webhook-id": "evt_1", "user-agent": "CoralCollective-Webhooks/1.0" });
  });

  it("reads at most maxResponseBytes of a large answer", async () => {
    const { port } = await receiver((_req, res) => res.writeHead(500).end("x".repeat(200_000)));
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, body, {}, open);
    expect(result).toMatchObject({ ok: false, status: 500, error: "The endpoint answered 500." });
    expect(result.responseSnippet).toHaveLength(4_096);
  });

  it("does not follow redirects", async () => {
    const inner = await receiver((_req, res) => res.writeHead(200).end("ok"));
    const { hits, port } = await receiver((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${inner.port}/` }).end());
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, body, {}, open);
    expect(result).toMatchObject({ ok: false, status: 302, error: `Redirects are not followed (302 to http://127.0.0.1:${inner.port}/).` });
    expect(hits).toHaveLength(1);
    expect(inner.hits).toHaveLength(0);
  });

  it("gives up after the timeout", async () => {
    const { port } = await receiver(() => undefined);
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, body, {}, { ...open, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, status: null, error: "No answer within 0.2 s.", responseSnippet: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(190);
  });

  it("reports a refused connection as an error, not a throw", async () => {
    const { port } = await receiver(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, body, {}, open);
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toMatch(/^ECONNREFUSED/);
  });

  it("refuses loopback targets unless private targets are allowed, without connecting", async () => {
    const { hits, port } = await receiver((_req, res) => res.end("ok"));
    const strict = { ...open, allowPrivateTargets: false };
    expect(await sendWebhook(`http://127.0.0.1:${port}/`, body, {}, strict)).toMatchObject({ ok: false, error: "Refused: 127.0.0.1 is a loopback address." });
    expect(await sendWebhook(`http://[::ffff:127.0.0.1]:${port}/`, body, {}, strict)).toMatchObject({ ok: false, error: "Refused: ::ffff:7f00:1 is a loopback (127.0.0.1) address." });
    expect(await sendWebhook(`http://localhost:${port}/`, body, {}, strict)).toMatchObject({ ok: false, error: "Refused: localhost resolves to a loopback address (127.0.0.1)." });
    expect(hits).toHaveLength(0);
  });

  it("connects to the address the guard checked (one resolution per attempt), keeping the Host header", async () => {
    const { hits, port } = await receiver((_req, res) => res.end("ok"));
    const asked: string[] = [];
    // A name that would resolve to loopback: refused when private targets are not allowed…
    const resolve = async (name: string) => (asked.push(name), [{ address: "127.0.0.1", family: 4 as const }]);
    const refused = await sendWebhook(`http://hooks.example.test:${port}/`, body, {}, { ...open, allowPrivateTargets: false, resolve });
    expect(refused).toMatchObject({ ok: false, error: "Refused: hooks.example.test resolves to a loopback address (127.0.0.1)." });
    expect(hits).toHaveLength(0);
    // …and, when allowed, the connection goes to exactly the address that was checked.
    const delivered = await sendWebhook(`http://hooks.example.test:${port}/in`, body, {}, { ...open, resolve });
    expect(delivered).toMatchObject({ ok: true, status: 200 });
    expect(asked).toEqual(["hooks.example.test", "hooks.example.test"]);
    expect(hits[0]).toMatchObject({ host: `hooks.example.test:${port}`, url: "/in" });
  });

  it("refuses non-http URLs", async () => {
    expect(await sendWebhook("file:///etc/passwd", body, {}, open)).toMatchObject({ ok: false, error: "Refused: file: is not http(s)." });
  });
});
