// One live connection to a tool server: an MCP Client over a stdio child or a
// streamable HTTP endpoint. Connect and call have timeouts whose errors name
// the server; a stdio child is killed (and reaped) on close. Failures are
// AppError UNAVAILABLE with `details.kind` saying what happened, so the pool
// knows whether a call is safe to retry on a fresh process.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPError } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { AppError } from "@/server/errors/app-error";
import { redactText } from "@/server/tools/policy/redact";
import { errorResult, toDescriptor, toToolResult } from "./tool-result";
import { createTransport, type TBuiltTransport } from "./transport";
import type { TCallOptions, TToolDescriptor, TToolResult, TToolServerConfig } from "./types";

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_CALL_TIMEOUT_MS = 60_000;
const MAX_TOOL_PAGES = 100;

/**
 * connect_failed/connect_timeout: no session. call_timeout: the server may still be working.
 * disconnected: the server went away mid-request (it may have acted). not_connected: the
 * request was never sent, so retrying on a new process is safe.
 */
export type TSessionErrorKind = "connect_failed" | "connect_timeout" | "call_timeout" | "disconnected" | "not_connected" | "failed";

export type TSessionOptions = {
  /** Where a stdio server runs if its config names no cwd. Without either, an empty temp dir. */
  sandboxDir?: string;
  connectTimeoutMs?: number;
  callTimeoutMs?: number;
  stderrLimitBytes?: number;
};

export function sessionErrorKind(error: unknown): TSessionErrorKind | null {
  if (!(error instanceof AppError) || error.code !== "UNAVAILABLE") return null;
  return (error.details?.kind as TSessionErrorKind | undefined) ?? null;
}

export class ToolSession {
  private closed = false;
  private closing: Promise<void> | null = null;

  private constructor(
    readonly config: TToolServerConfig,
    private readonly client: Client,
    private readonly built: TBuiltTransport,
    private readonly options: TSessionOptions,
    private readonly ownedTempDir: string | null,
  ) {}

  static async open(config: TToolServerConfig, options: TSessionOptions = {}): Promise<ToolSession> {
    let ownedTempDir: string | null = null;
    let cwd = config.cwd ?? options.sandboxDir;
    if (config.transport === "stdio" && !cwd) cwd = ownedTempDir = await mkdtemp(path.join(tmpdir(), "coral-mcp-"));
    // spawn reports a missing cwd as ENOENT, which would read as a missing command.
    if (config.transport === "stdio" && !(await stat(/*turbopackIgnore: true*/ cwd!).then((s) => s.isDirectory(), () => false))) {
      throw new AppError("UNAVAILABLE", `Tool server "${config.name}" could not start: its working directory ${cwd} does not exist.`, {
        kind: "connect_failed",
        serverId: config.id,
        server: config.name,
      });
    }
    const built = createTransport(config, cwd ?? process.cwd(), options.stderrLimitBytes);
    const client = new Client({ name: "coralcollective", version: "0.1.0" }, { capabilities: {} });
    const session = new ToolSession(config, client, built, options, ownedTempDir);
    client.onclose = () => session.markClosed();

    const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(session.error("connect_timeout", `did not finish connecting within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const connecting = client.connect(built.transport, { timeout: timeoutMs });
      // When our timer wins, closing the session rejects this one too: nobody is waiting for it any more.
      connecting.catch(() => undefined);
      await Promise.race([connecting, timedOut]);
      return session;
    } catch (error) {
      await settle();
      const failure =
        error instanceof AppError
          ? error
          : isMcpCode(error, ErrorCode.RequestTimeout)
            ? session.error("connect_timeout", `did not finish connecting within ${timeoutMs} ms`)
            : session.error("connect_failed", connectFailure(config, error));
      await session.close();
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  get alive(): boolean {
    return !this.closed;
  }

  /** The stdio child's pid while it runs; null for http servers. */
  get pid(): number | null {
    return this.built.pid();
  }

  /** What the server last wrote to stderr, with its configured secrets cut out. */
  stderrTail(): string {
    return redactText(this.built.stderr.text(), secretValuesOf(this.config));
  }

  /** Every tool the server offers, following `nextCursor` page by page. */
  async listTools(options: TCallOptions = {}): Promise<TToolDescriptor[]> {
    const tools: TToolDescriptor[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_TOOL_PAGES; page++) {
      const answer = await this.request("tools/list", options, (opts) => this.client.listTools(cursor ? { cursor } : undefined, opts)).catch(
        (error: unknown) => {
          throw error instanceof McpError ? this.error("failed", `refused tools/list: ${error.message}`) : error;
        },
      );
      tools.push(...answer.tools.map(toDescriptor));
      cursor = answer.nextCursor;
      if (!cursor) return tools;
      if (seen.has(cursor)) throw this.error("failed", "repeated a tools/list cursor");
      seen.add(cursor);
    }
    throw this.error("failed", `returned more than ${MAX_TOOL_PAGES} pages of tools`);
  }

  /** Call a tool. A tool's own failure, or the server refusing the request, comes back as `isError`. */
  async callTool(name: string, args: Record<string, unknown>, options: TCallOptions = {}): Promise<TToolResult> {
    try {
      const raw = await this.request(`tools/call "${name}"`, options, (opts) =>
        this.client.callTool({ name, arguments: args }, undefined, opts),
      );
      return toToolResult(raw as Record<string, unknown>);
    } catch (error) {
      if (error instanceof McpError && !isTransportCode(error)) {
        return errorResult(`Tool server "${this.config.name}" refused ${name}: ${error.message}`);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    if (this.config.transport === "http" && this.alive) {
      const transport = this.built.transport as { terminateSession?: () => Promise<void> };
      await Promise.race([transport.terminateSession?.().catch(() => undefined), delay(1_000)]);
    }
    // The SDK ends stdin, then sends SIGTERM after 2 s and SIGKILL after 4 s; it may already be
    // doing so (a failed connect closes the client itself), so wait for the exit, not for close().
    await this.client.close().catch(() => undefined);
    const exited = this.built.exited();
    if (!(await settlesWithin(exited, 5_000))) {
      const pid = this.built.pid();
      try {
        if (pid !== null) process.kill(pid, "SIGKILL");
      } catch {
        // It exited between the wait and the kill.
      }
      await settlesWithin(exited, 1_000);
    }
    this.markClosed();
    if (this.ownedTempDir) await rm(this.ownedTempDir, { recursive: true, force: true });
  }

  private markClosed(): void {
    this.closed = true;
  }

  private async request<T>(what: string, options: TCallOptions, send: (opts: { timeout: number; signal?: AbortSignal }) => Promise<T>): Promise<T> {
    const timeout = options.timeoutMs ?? this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    try {
      return await send({ timeout, signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (isMcpCode(error, ErrorCode.RequestTimeout)) throw this.error("call_timeout", `did not answer ${what} within ${timeout} ms`);
      if (isMcpCode(error, ErrorCode.ConnectionClosed)) {
        await settle();
        throw this.error("disconnected", `closed the connection during ${what}`);
      }
      if (error instanceof Error && error.message === "Not connected") throw this.error("not_connected", `is not connected (${what} was not sent)`);
      if (error instanceof McpError) throw error;
      throw this.error("failed", `failed during ${what}: ${describeFailure(error)}`);
    }
  }

  private error(kind: TSessionErrorKind, what: string): AppError {
    const stderr = this.stderrTail();
    // What the server printed explains a failed start or a crash; a slow answer it does not.
    const quoted = kind === "connect_failed" || kind === "connect_timeout" || kind === "disconnected" || kind === "failed";
    const lastLines = quoted ? stderr.split("\n").slice(-5).join("\n") : "";
    const message = `Tool server "${this.config.name}" ${what}.${lastLines ? ` Its stderr ends: ${lastLines}` : ""}`;
    return new AppError("UNAVAILABLE", redactText(message, secretValuesOf(this.config)), {
      kind,
      serverId: this.config.id,
      server: this.config.name,
      stderr,
    });
  }
}

export const openToolSession = (config: TToolServerConfig, options?: TSessionOptions) => ToolSession.open(config, options);

export function secretValuesOf(config: TToolServerConfig): string[] {
  return [...Object.values(config.env), ...Object.values(config.headers)].flatMap((v) => [v, v.replace(/^(Bearer|Basic|token)\s+/i, "")]);
}

function connectFailure(config: TToolServerConfig, error: unknown): string {
  if (isMcpCode(error, ErrorCode.ConnectionClosed)) return "exited before it was ready";
  if ((error as { code?: unknown }).code === "ENOENT") return `could not start: command "${config.command}" not found`;
  return `could not connect: ${describeFailure(error)}`;
}

/** HTTP status and network error codes first: "fetch failed" alone says nothing. */
function describeFailure(error: unknown): string {
  if (error instanceof StreamableHTTPError && typeof error.code === "number") {
    const hint = error.code === 401 || error.code === 403 ? " (check its credentials)" : error.code === 404 ? " (check its URL)" : "";
    return `it answered HTTP ${error.code}${hint}`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : null;
  return detail ? `${message} (${detail})` : message;
}

function isMcpCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof McpError && error.code === code;
}

function isTransportCode(error: McpError): boolean {
  return error.code === ErrorCode.ConnectionClosed || error.code === ErrorCode.RequestTimeout;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Let piped stderr drain into the tail before an error message reads it. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), delay(ms).then(() => false)]);
}
