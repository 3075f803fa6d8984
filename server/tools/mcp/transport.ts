// Builds the SDK transport for a tool server. A stdio server is a child process
// that must not inherit the app's environment (it holds database URLs and API
// keys) nor its working directory (the repo, with its .env files): it gets the
// configured env plus PATH/HOME and runs in the run's sandbox. Its stderr is
// kept in a bounded tail so a failure can say what the server printed.
import type { Stream } from "node:stream";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { AppError } from "@/server/errors/app-error";
import type { TToolServerConfig } from "./types";

/** The last `limit` bytes a child wrote to stderr. */
export class StderrTail {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly limit = 8 * 1024) {}

  attach(stream: Stream | null): void {
    stream?.on("data", (chunk: Buffer | string) => this.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  }

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Drop whole chunks that lie entirely before the last `limit` bytes, then trim the oldest one left.
    while (this.chunks.length > 1 && this.size - this.chunks[0]!.length >= this.limit) this.size -= this.chunks.shift()!.length;
    const excess = this.size - this.limit;
    if (excess > 0) {
      this.chunks[0] = this.chunks[0]!.subarray(excess);
      this.size = this.limit;
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString("utf8").trim();
  }
}

/** PATH and HOME from the app (so `node`, `docker`, `uvx` resolve), then the configured env. */
export function childEnvironment(configured: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ["PATH", "HOME"] as const) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...configured };
}

export type TBuiltTransport = {
  transport: Transport;
  /** The child's pid from spawn until it exits; null for http. */
  pid: () => number | null;
  /** Resolves once the child has exited (at once if it never started, or for http). */
  exited: () => Promise<void>;
  stderr: StderrTail;
};

export function createTransport(config: TToolServerConfig, cwd: string, stderrLimit?: number): TBuiltTransport {
  const stderr = new StderrTail(stderrLimit);
  if (config.transport === "stdio") {
    if (!config.command) throw new AppError("INVALID_INPUT", `Tool server "${config.name}" has no command.`);
    // The SDK adds its own short list (HOME, LOGNAME, PATH, SHELL, TERM, USER)
    // under ours; none of them is a secret.
    const transport = new StdioClientTransport({
      command: config.command,
      args: config.args,
      env: childEnvironment(config.env),
      cwd,
      stderr: "pipe",
    });
    stderr.attach(transport.stderr);
    // The SDK forgets the child as soon as close() begins; remember it until it has really exited,
    // which the transport signals with onclose (the Client chains its own handler after ours).
    let spawnedPid: number | null = null;
    let gone = false;
    let markGone: () => void = () => {};
    const exit = new Promise<void>((resolve) => (markGone = resolve));
    const start = transport.start.bind(transport);
    transport.start = async () => {
      await start();
      spawnedPid = transport.pid;
    };
    transport.onclose = () => {
      gone = true;
      markGone();
    };
    return { transport, pid: () => (gone ? null : spawnedPid), exited: () => (gone || spawnedPid === null ? Promise.resolve() : exit), stderr };
  }
  if (!config.url) throw new AppError("INVALID_INPUT", `Tool server "${config.name}" has no URL.`);
  const url = new URL(config.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("INVALID_INPUT", `Tool server "${config.name}" must use an http(s) URL.`);
  }
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers: config.headers } });
  return { transport, pid: () => null, exited: () => Promise.resolve(), stderr };
}
