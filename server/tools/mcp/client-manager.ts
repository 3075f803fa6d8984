// Keeps tool-server sessions alive across the calls of a run. Sessions are
// keyed by scope (normally the run id) + workspace + server id + a hash of the
// config, so a changed config or another run's sandbox never reuses a process.
// A session whose process exited is dropped and reopened on the next acquire;
// a call that could not be sent is retried once on the new process, then the
// error surfaces. closeScope kills a run's servers at run end; idle ones go on
// their own.
import { createHash } from "node:crypto";
import { AppError } from "@/server/errors/app-error";
import { stableStringify } from "@/server/shared/stable-json";
import { openToolSession, sessionErrorKind, type TSessionOptions, type ToolSession } from "./session";
import { toolsHash } from "./tool-result";
import type { TCallOptions, TToolDescriptor, TToolResult, TToolServerConfig } from "./types";

export const DEFAULT_IDLE_MS = 5 * 60_000;

/** sha256 of the canonical JSON of the whole config (secrets included, so a rotated token reconnects). */
export function configHash(config: TToolServerConfig): string {
  return createHash("sha256").update(stableStringify(config)).digest("hex");
}

export function poolKey(config: TToolServerConfig): string {
  return `${config.workspaceId}:${config.id}:${configHash(config)}`;
}

export type TPoolOptions = TSessionOptions & {
  idleMs?: number;
  /** How sessions are opened; tests swap it. */
  open?: (config: TToolServerConfig, options: TSessionOptions) => Promise<ToolSession>;
  now?: () => number;
};

export type TAcquireOptions = { scope?: string; sandboxDir?: string };
export type TToolLease = { session: ToolSession; release: () => void };
export type TPoolCallOptions = TCallOptions &
  TAcquireOptions & {
    /** Also retry once when the server died mid-call (it may have acted): only for read-only or idempotent tools. */
    retryOnDisconnect?: boolean;
  };

type TEntry = {
  scope: string;
  config: TToolServerConfig;
  session: ToolSession | null;
  opening: Promise<ToolSession> | null;
  tools: TToolDescriptor[] | null;
  leases: number;
  lastUsed: number;
  closed: boolean;
};

const SHARED_SCOPE = "shared";

export class ToolClientPool {
  private readonly entries = new Map<string, TEntry>();
  private readonly closing = new Set<Promise<void>>();
  private readonly idleMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: TPoolOptions = {}) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => void this.evictIdle(), Math.min(this.idleMs, 60_000));
    this.sweeper.unref();
  }

  /** A live session for this config in this scope, reusing, opening or reopening one. Release the lease when done. */
  async acquire(config: TToolServerConfig, { scope = SHARED_SCOPE, sandboxDir }: TAcquireOptions = {}): Promise<TToolLease> {
    const key = `${scope}\u0000${poolKey(config)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { scope, config, session: null, opening: null, tools: null, leases: 0, lastUsed: this.now(), closed: false };
      this.entries.set(key, entry);
    }
    entry.leases++;
    try {
      const session = await this.ensureSession(entry, sandboxDir);
      let released = false;
      const held = entry;
      return {
        session,
        release: () => {
          if (released) return;
          released = true;
          held.leases--;
          held.lastUsed = this.now();
        },
      };
    } catch (error) {
      entry.leases--;
      if (!entry.session && entry.leases === 0 && this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  /** The server's tools, fetched once per session. */
  async listTools(config: TToolServerConfig, options: TAcquireOptions & TCallOptions = {}): Promise<TToolDescriptor[]> {
    const lease = await this.acquire(config, options);
    try {
      const entry = this.entryOf(config, options.scope);
      if (entry?.session === lease.session && entry.tools) return entry.tools;
      const tools = await lease.session.listTools(options);
      if (entry?.session === lease.session) entry.tools = tools;
      return tools;
    } finally {
      lease.release();
    }
  }

  async callTool(config: TToolServerConfig, name: string, args: Record<string, unknown>, options: TPoolCallOptions = {}): Promise<TToolResult> {
    for (let attempt = 0; ; attempt++) {
      const lease = await this.acquire(config, options);
      try {
        return await lease.session.callTool(name, args, options);
      } catch (error) {
        const kind = sessionErrorKind(error);
        const lost = kind === "not_connected" || kind === "disconnected";
        if (lost) this.discard(config, options.scope, lease.session);
        const safe = kind === "not_connected" || (kind === "disconnected" && options.retryOnDisconnect === true);
        if (attempt === 0 && safe && !options.signal?.aborted) continue;
        throw error;
      } finally {
        lease.release();
      }
    }
  }

  /** Close every session of a scope (a run, at its end) and wait until their processes are gone. */
  async closeScope(scope: string): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.scope !== scope) continue;
      this.entries.delete(key);
      closing.push(this.retire(entry));
    }
    await Promise.all(closing);
  }

  /** Close sessions unused for idleMs (and dead ones nobody holds); returns how many entries went. */
  async evictIdle(): Promise<number> {
    const now = this.now();
    const closing: Promise<void>[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.leases > 0 || entry.opening) continue;
      if (now - entry.lastUsed < this.idleMs && entry.session?.alive) continue;
      this.entries.delete(key);
      closing.push(this.retire(entry));
    }
    await Promise.all(closing);
    return closing.length;
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.entries.keys()].map((key) => this.retire(this.entries.get(key)!)));
    this.entries.clear();
    await Promise.all([...this.closing]);
  }

  /** What is open, for diagnostics and tests. */
  sessions(scope?: string): { scope: string; serverId: string; pid: number | null; alive: boolean; leases: number }[] {
    return [...this.entries.values()]
      .filter((e) => scope === undefined || e.scope === scope)
      .map((e) => ({ scope: e.scope, serverId: e.config.id, pid: e.session?.pid ?? null, alive: e.session?.alive ?? false, leases: e.leases }));
  }

  private entryOf(config: TToolServerConfig, scope = SHARED_SCOPE): TEntry | undefined {
    return this.entries.get(`${scope}\u0000${poolKey(config)}`);
  }

  private async ensureSession(entry: TEntry, sandboxDir: string | undefined): Promise<ToolSession> {
    if (entry.session?.alive) return entry.session;
    if (entry.session) this.track(entry.session.close());
    entry.session = null;
    entry.tools = null;
    entry.opening ??= (this.options.open ?? openToolSession)(entry.config, { ...this.options, sandboxDir }).finally(() => {
      entry.opening = null;
    });
    const session = await entry.opening;
    if (entry.closed) {
      // The scope closed while we were connecting: this session belongs to nobody.
      await session.close();
      throw new AppError("UNAVAILABLE", `Tool server "${entry.config.name}" was closed with its run.`, { kind: "not_connected", server: entry.config.name });
    }
    entry.session = session;
    return session;
  }

  /** Drop a dead session so the next acquire opens a new one. */
  private discard(config: TToolServerConfig, scope: string | undefined, session: ToolSession): void {
    const entry = this.entryOf(config, scope);
    if (entry?.session === session) {
      entry.session = null;
      entry.tools = null;
    }
    this.track(session.close());
  }

  private retire(entry: TEntry): Promise<void> {
    entry.closed = true;
    const session = entry.session;
    entry.session = null;
    return session ? this.track(session.close()) : Promise.resolve();
  }

  private track(closing: Promise<void>): Promise<void> {
    const tracked = closing.catch(() => undefined).finally(() => this.closing.delete(tracked));
    this.closing.add(tracked);
    return tracked;
  }
}

export type TServerToolList = { tools: TToolDescriptor[]; hash: string };

/** "Test connection": connect, list every tool, disconnect. Errors are the session's (naming the server). */
export async function listServerTools(config: TToolServerConfig, options: TSessionOptions & TCallOptions = {}): Promise<TServerToolList> {
  const session = await openToolSession(config, options);
  try {
    const tools = await session.listTools(options);
    return { tools, hash: toolsHash(tools) };
  } finally {
    await session.close();
  }
}

/** The process-wide pool (kept on globalThis so dev reloads do not orphan child processes). */
export function toolClientPool(): ToolClientPool {
  const holder = globalThis as { __coralToolPool?: ToolClientPool };
  return (holder.__coralToolPool ??= new ToolClientPool());
}
