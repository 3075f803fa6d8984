// One HTTP attempt of a webhook delivery: POST the signed JSON body to the
// endpoint, connecting only to an address the SSRF guard approved, with a
// hard timeout, no redirects followed and at most a few KB of the answer
// read. Never throws: every outcome, refusals and network errors included,
// comes back as a result for the delivery log.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { restrictedAddressReason, guardedLookup, type TResolver } from "./ssrf-guard";

export type TSendOptions = {
  allowPrivateTargets: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
  /** DNS for the guard; the system resolver when absent. */
  resolve?: TResolver;
};

export type TSendResult = {
  /** A 2xx answer. */
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
  responseSnippet: string | null;
};

const USER_AGENT = "CoralCollective-Webhooks/1.0";

export async function sendWebhook(url: string, body: string, headers: Record<string, string>, options: TSendOptions): Promise<TSendResult> {
  const started = performance.now();
  const done = (result: Omit<TSendResult, "durationMs">): TSendResult => ({ ...result, durationMs: Math.round(performance.now() - started) });

  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return done({ ok: false, status: null, error: "The endpoint URL is not valid.", responseSnippet: null });
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return done({ ok: false, status: null, error: `Refused: ${target.protocol} is not http(s).`, responseSnippet: null });
  // Literal addresses never reach `lookup`: check them here.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  const reason = isIP(literal) && !options.allowPrivateTargets ? restrictedAddressReason(literal) : null;
  if (reason) return done({ ok: false, status: null, error: `Refused: ${literal} is a ${reason} address.`, responseSnippet: null });

  return new Promise<TSendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<TSendResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(result));
    };
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(target, {
      method: "POST",
      agent: false,
      lookup: guardedLookup({ allowPrivate: options.allowPrivateTargets, resolve: options.resolve }),
      headers: { "Content-Type": "application/json", "User-Agent": USER_AGENT, "Content-Length": Buffer.byteLength(body), ...headers },
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish({ ok: false, status: null, error: `No answer within ${options.timeoutMs / 1000} s.`, responseSnippet: null });
    }, options.timeoutMs);

    request.on("error", (error: NodeJS.ErrnoException) => {
      const message = error.name === "WebhookTargetRefused" ? error.message : `${error.code ? `${error.code}: ` : ""}${error.message}`;
      finish({ ok: false, status: null, error: message, responseSnippet: null });
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const answer = () => {
        const snippet = Buffer.concat(chunks).subarray(0, options.maxResponseBytes).toString("utf8") || null;
        const ok = status >= 200 && status < 300;
        const location = response.headers.location;
        const error = ok ? null : status >= 300 && status < 400 ? `Redirects are not followed (${status}${location ? ` to ${location}` : ""}).` : `The endpoint answered ${status}.`;
        response.destroy();
        finish({ ok, status, error, responseSnippet: snippet });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= options.maxResponseBytes) answer();
      });
      response.on("end", answer);
      response.on("error", answer);
    });
    request.end(body);
  });
}
