// The pool against real stdio servers (reuse, restart after a crash, closing a
// run's processes, idle eviction) and, with fake sessions, its retry rules.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { configHash, poolKey, ToolClientPool } from "./client-manager";
import type { ToolSession } from "./session";
import { everythingConfig, filesystemConfig, processGone, processState, waitUntil } from "./testing/servers";
import type { TToolResult, TToolServerConfig } from "./types";

let sandbox: string;
const pools: ToolClientPool[] = [];

function newPool(options: ConstructorParameters<typeof ToolClientPool>[0] = {}): ToolClientPool {
  const pool = new ToolClientPool(options);
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), "coral-pool-"));
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.closeAll()));
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe("pool keys", () => {
  it("change with any part of the config, secrets included, but not with key order", () => {
    const config = everythingConfig(sandbox, { env: { A: "1", B: "2" } });
    expect(poolKey(config)).toBe(`ws_1:srv_everything:${configHash(config)}`);
    expect(configHash({ ...config, env: { B: "2", A: "1" } })).toBe(configHash(config));
    expect(configHash({ ...config, env: { A: "1", B: "3" } })).not.toBe(configHash(config));
    expect(poolKey({ ...config, workspaceId: "ws_2" })).not.toBe(poolKey(config));
  });
});

describe("ToolClientPool with real servers", () => {
  it("reuses the live session of a scope, and keeps scopes apart", async () => {
    const pool = newPool();
    const config = everythingConfig(sandbox);
    const a = await pool.acquire(config, { scope: "run_a" });
    const again = await pool.acquire(config, { scope: "run_a" });
    const b = await pool.acquire(config, { scope: "run_b" });
    expect(again.session).toBe(a.session);
    expect(b.session).not.toBe(a.session);
    expect(b.session.pid).not.toBe(a.session.pid);
    expect(pool.sessions("run_a")).toEqual([{ scope: "run_a", serverId: "srv_everything", pid: a.session.pid, alive: true, leases: 2 }]);
    for (const lease of [a, again, b]) lease.release();
    expect(pool.sessions("run_a")[0]?.leases).toBe(0);
  });

  it("opens a new session when the config changes", async () => {
    const pool = newPool();
    const first = await pool.acquire(everythingConfig(sandbox), { scope: "run" });
    const second = await pool.acquire(everythingConfig(sandbox, { env: { MODE: "x" } }), { scope: "run" });
    expect(second.session).not.toBe(first.session);
  });

  it("restarts a killed child on the next acquire, and the call succeeds", async () => {
    const pool = newPool();
    const config = everythingConfig(sandbox);
    expect((await pool.callTool(config, "echo", { message: "one" }, { scope: "run" })).text).toBe("Echo: one");
    const oldPid = pool.sessions("run")[0]!.pid!;
    process.kill(oldPid, "SIGKILL");
    await waitUntil(() => processGone(oldPid) && pool.sessions("run")[0]?.alive === false);

    expect((await pool.callTool(config, "echo", { message: "two" }, { scope: "run" })).text).toBe("Echo: two");
    const newPid = pool.sessions("run")[0]!.pid!;
    expect(newPid).not.toBe(oldPid);
    expect(processState(oldPid)).toBeNull();
  });

  it("surfaces a crash in the middle of a call, and recovers on the next", async () => {
    const pool = newPool();
    const config = everythingConfig(sandbox);
    const lease = await pool.acquire(config, { scope: "run" });
    const pid = lease.session.pid!;
    lease.release();
    const call = pool.callTool(config, "trigger-long-running-operation", { duration: 5, steps: 5 }, { scope: "run" });
    setTimeout(() => process.kill(pid, "SIGKILL"), 200);
    const error = await call.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UNAVAILABLE", details: { kind: "disconnected", server: "everything" } });
    expect((error as Error).message).toMatch(/^Tool server "everything" closed the connection during tools\/call "trigger-long-running-operation"\./);
    expect((await pool.callTool(config, "echo", { message: "back" }, { scope: "run" })).text).toBe("Echo: back");
  });

  it("closeScope kills every process of the run and only that run", async () => {
    const pool = newPool();
    const runA = [await pool.acquire(everythingConfig(sandbox), { scope: "run_a" }), await pool.acquire(filesystemConfig(sandbox), { scope: "run_a" })];
    const runB = await pool.acquire(everythingConfig(sandbox), { scope: "run_b" });
    const pids = runA.map((l) => l.session.pid!);
    for (const pid of pids) expect(processGone(pid)).toBe(false);

    await pool.closeScope("run_a");
    for (const pid of pids) {
      expect(processGone(pid)).toBe(true);
      expect(processState(pid)).toBeNull();
    }
    expect(pool.sessions("run_a")).toEqual([]);
    expect(runB.session.alive).toBe(true);
    expect(processGone(runB.session.pid!)).toBe(false);
  });

  it("evicts idle sessions, never one that is leased", async () => {
    let now = 1_000;
    const pool = newPool({ idleMs: 60_000, now: () => now });
    const idle = await pool.acquire(everythingConfig(sandbox), { scope: "idle" });
    const busy = await pool.acquire(everythingConfig(sandbox), { scope: "busy" });
    const idlePid = idle.session.pid!;
    idle.release();
    now += 59_000;
    expect(await pool.evictIdle()).toBe(0);
    now += 1_000;
    expect(await pool.evictIdle()).toBe(1);
    expect(idle.session.alive).toBe(false);
    expect(processGone(idlePid)).toBe(true);
    expect(pool.sessions().map((s) => s.scope)).toEqual(["busy"]);
    busy.release();
  });
});

// A stand-in for ToolSession: scripted call outcomes, no process.
function fakeSession(config: TToolServerConfig, outcomes: (TToolResult | Error)[]) {
  const state = { alive: true, calls: 0, closed: 0 };
  const session = {
    config,
    pid: null,
    get alive() {
      return state.alive;
    },
    async callTool() {
      state.calls++;
      const next = outcomes.shift() ?? new Error("no more outcomes");
      if (next instanceof Error) throw next;
      return next;
    },
    async listTools() {
      return [];
    },
    async close() {
      state.closed++;
      state.alive = false;
    },
  };
  return { session: session as unknown as ToolSession, state };
}

const ok: TToolResult = { content: [], isError: false, text: "ok", bytes: 2 };
const lost = (kind: "not_connected" | "disconnected") => new AppError("UNAVAILABLE", `lost (${kind})`, { kind });
const config = { id: "s", workspaceId: "w", name: "fake", transport: "stdio", command: "x", args: [], env: {}, headers: {} } satisfies TToolServerConfig;

describe("ToolClientPool retry rules", () => {
  it("retries once on a fresh session when the request was never sent", async () => {
    const sessions = [fakeSession(config, [lost("not_connected")]), fakeSession(config, [ok])];
    let opened = 0;
    const pool = newPool({ open: async () => sessions[opened++]!.session });
    expect(await pool.callTool(config, "t", {})).toBe(ok);
    expect(opened).toBe(2);
    expect(sessions[0]!.state.closed).toBe(1);
  });

  it("retries only once, then the error surfaces", async () => {
    let opened = 0;
    const pool = newPool({ open: async () => (opened++, fakeSession(config, [lost("not_connected")]).session) });
    await expect(pool.callTool(config, "t", {})).rejects.toThrow("lost (not_connected)");
    expect(opened).toBe(2);
  });

  it("does not retry a call that may have reached the server, unless told it is safe", async () => {
    let opened = 0;
    const make = () => newPool({ open: async () => (opened++ % 2 === 0 ? fakeSession(config, [lost("disconnected")]) : fakeSession(config, [ok])).session });
    await expect(make().callTool(config, "write", {})).rejects.toThrow("lost (disconnected)");
    opened = 0;
    expect(await make().callTool(config, "read", {}, { retryOnDisconnect: true })).toBe(ok);
  });

  it("does not retry tool errors or timeouts", async () => {
    let opened = 0;
    const timeout = new AppError("UNAVAILABLE", "slow", { kind: "call_timeout" });
    const pool = newPool({ open: async () => (opened++, fakeSession(config, [timeout]).session) });
    await expect(pool.callTool(config, "t", {})).rejects.toBe(timeout);
    expect(opened).toBe(1);
  });

  it("closes a session that finishes connecting after its scope was closed", async () => {
    const fake = fakeSession(config, []);
    let finishOpening: () => void = () => {};
    const pool = newPool({ open: () => new Promise((resolve) => (finishOpening = () => resolve(fake.session))) });
    const acquiring = pool.acquire(config, { scope: "run" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await pool.closeScope("run");
    finishOpening();
    await expect(acquiring).rejects.toThrow('Tool server "fake" was closed with its run.');
    expect(fake.state.closed).toBe(1);
  });

  it("shares one connection attempt between concurrent acquires", async () => {
    let opened = 0;
    const pool = newPool({ open: async () => (opened++, fakeSession(config, []).session) });
    const [a, b] = await Promise.all([pool.acquire(config), pool.acquire(config)]);
    expect(a.session).toBe(b.session);
    expect(opened).toBe(1);
  });
});
