// A small HTTP server that speaks Upstash's REST protocol in front of a real
// Redis, so `@upstash/redis` (and what is built on it) can be tested locally.
// Test code only.
//
// Protocol, as @upstash/redis 1.39 uses it: POST / with a JSON command array
// answers `{ result }` (or `{ error }` with 400); POST /pipeline and
// /multi-exec take an array of command arrays and answer one `{ result }` or
// `{ error }` per command. The client sends `Upstash-Encoding: base64` by
// default and then base64-decodes every string in a result except "OK".
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Redis as IORedis } from "ioredis";
import { listenLocally, parseJson, readBody, sendJson } from "./local-http";

export type UpstashRestFront = { url: string; token: string; close(): Promise<void> };

type Outcome = { result: unknown } | { error: string };

export async function startUpstashRestFront({
  redisUrl = "redis://127.0.0.1:6379",
  token = "test-token",
}: { redisUrl?: string; token?: string } = {}): Promise<UpstashRestFront> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  const scripts = createScriptShebangs();

  async function run(command: string[]): Promise<Outcome> {
    try {
      const [name = "", ...args] = scripts.prepare(command);
      return { result: scripts.answer(command, await redis.call(name, ...args)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  async function runTransaction(commands: string[][]): Promise<Outcome[]> {
    const multi = redis.multi();
    for (const command of commands) {
      const [name = "", ...args] = scripts.prepare(command);
      void multi.call(name, ...args);
    }
    const replies = await multi.exec();
    if (replies === null) throw new Error("EXECABORT Transaction discarded");
    return replies.map(([error, result], i) =>
      error ? { error: error.message } : { result: scripts.answer(commands[i] ?? [], result) },
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization !== `Bearer ${token}`) {
      sendJson(res, 401, { error: "Unauthorized" });
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    const body = parseJson(await readBody(req));
    const base64 = req.headers["upstash-encoding"] === "base64";
    const encode = (outcome: Outcome): Outcome => ("result" in outcome && base64 ? { result: toBase64(outcome.result) } : outcome);

    if (req.method === "POST" && path === "/") {
      const command = asCommand(body);
      if (!command) return sendJson(res, 400, { error: "ERR the request body must be a JSON array of a command and its arguments" });
      const outcome = await run(command);
      return sendJson(res, "error" in outcome ? 400 : 200, encode(outcome));
    }
    if (req.method === "POST" && (path === "/pipeline" || path === "/multi-exec")) {
      const commands = Array.isArray(body) ? body.map(asCommand) : [];
      if (commands.length === 0 || commands.some((c) => c === undefined)) {
        return sendJson(res, 400, { error: "ERR the request body must be a JSON array of command arrays" });
      }
      const valid = commands as string[][];
      if (path === "/pipeline") return sendJson(res, 200, (await Promise.all(valid.map(run))).map(encode));
      try {
        return sendJson(res, 200, (await runTransaction(valid)).map(encode));
      } catch (error) {
        // A command Redis refused to queue discards the whole transaction.
        return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
      }
    }
    sendJson(res, 404, { error: `ERR no route for ${req.method} ${path}` });
  }

  const server = await listenLocally((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  return {
    url: server.url,
    token,
    async close() {
      await server.close();
      await redis.quit();
    },
  };
}

/** A command array with every argument as Redis receives it; undefined when malformed. */
function asCommand(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== "string") return undefined;
  return value.map((arg) => (typeof arg === "string" ? arg : typeof arg === "object" ? JSON.stringify(arg) : String(arg)));
}

/** Every string in a result base64-encoded, as Upstash does on request; "OK" stays plain, as Upstash sends it. */
function toBase64(value: unknown): unknown {
  if (typeof value === "string") return value === "OK" ? value : Buffer.from(value, "utf8").toString("base64");
  if (Array.isArray(value)) return value.map(toBase64);
  return value;
}

/**
 * Upstash accepts scripts that start with a `#!lua flags=…` line; this front
 * strips that line before EVAL. The client computes a script's SHA over the
 * full text, so EVALSHA and SCRIPT LOAD are translated between the client's
 * SHA and the SHA of the stripped script that Redis actually holds.
 */
function createScriptShebangs() {
  const strippedShaFor = new Map<string, string>();
  const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
  const strip = (script: string) => {
    const stripped = script.replace(/^#!lua[^\n]*\n/, "");
    if (stripped !== script) strippedShaFor.set(sha1(script), sha1(stripped));
    return stripped;
  };
  const kind = (command: string[]) => {
    const name = command[0]?.toLowerCase();
    if (name === "eval" || name === "eval_ro") return "eval";
    if (name === "evalsha" || name === "evalsha_ro") return "evalsha";
    if (name === "script" && command[1]?.toLowerCase() === "load") return "load";
    return "other";
  };
  return {
    prepare(command: string[]): string[] {
      const [name = "", first = "", ...rest] = command;
      switch (kind(command)) {
        case "eval":
          return [name, strip(first), ...rest];
        case "evalsha":
          return [name, strippedShaFor.get(first.toLowerCase()) ?? first, ...rest];
        case "load":
          return [name, first, strip(rest[0] ?? ""), ...rest.slice(1)];
        default:
          return command;
      }
    },
    /** SCRIPT LOAD answers with the SHA the client computed, not the stripped script's. */
    answer(command: string[], result: unknown): unknown {
      return kind(command) === "load" && command[2] !== undefined ? sha1(command[2]) : result;
    },
  };
}
