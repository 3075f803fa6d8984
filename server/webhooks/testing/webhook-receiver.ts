// A real HTTP receiver for webhook tests: records every request (raw body and
// headers, for signature checks) and answers with the next scripted status.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TReceived = { headers: http.IncomingHttpHeaders; body: string; at: number };

export type TWebhookReceiver = {
  url: string;
  received: TReceived[];
  /** Statuses to answer with, in order; once used up, every request gets `then`. */
  script: number[];
  then: number;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(options: { script?: number[]; then?: number } = {}): Promise<TWebhookReceiver> {
  const state = { script: [...(options.script ?? [])], then: options.then ?? 200 };
  const received: TReceived[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const status = receiver.script.shift() ?? receiver.then;
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : `nope (${status})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const receiver: TWebhookReceiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/coral`,
    received,
    ...state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return receiver;
}

/** Poll until `check` holds (engine sleeps run on wall-clock timers). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
