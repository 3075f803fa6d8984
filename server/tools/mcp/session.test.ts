// ToolSession against real child processes: the reference "everything" server
// and Node one-liners that misbehave (hang, crash, leak a secret on stderr).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { listServerTools } from "./client-manager";
import { sessionErrorKind, ToolSession } from "./session";
import { everythingConfig, filesystemConfig, processGone, processState, scriptConfig } from "./testing/servers";

let sandbox: string;

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), "coral-session-"));
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("everything server", () => {
  it("lists its tools and calls echo", async () => {
    const { tools } = await listServerTools(everythingConfig(sandbox));
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["echo", "get-sum", "get-env"]));
    expect(tools.find((t) => t.name === "echo")).toMatchObject({ description: "Echoes back the input string", annotations: { readOnlyHint: true, idempotentHint: true } });

    const session = await ToolSession.open(everythingConfig(sandbox));
    try {
      expect(await session.callTool("echo", { message: "hello coral" })).toEqual({
        content: [{ type: "text", text: "Echo: hello coral" }],
        isError: false,
        text: "Echo: hello coral",
        bytes: Buffer.byteLength(JSON.stringify({ content: [{ type: "text", text: "Echo: hello coral" }] })),
      });
      // Invalid arguments are the server's refusal, shown to the model as a tool error.
      const bad = await session.callTool("echo", { message: 42 });
      expect(bad.isError).toBe(true);
      expect(bad.text).toMatch(/message/);
    } finally {
      await session.close();
    }
  });

  it("gives the child only the configured env plus PATH/HOME, never the app's", async () => {
    process.env.CORAL_TEST_APP_SECRET = "app-only-value";
    const session = await ToolSession.open(everythingConfig(sandbox, { env: { GREETING: "hi" } }));
    try {
      const env = JSON.parse((await session.callTool("get-env", {})).text) as Record<string, string>;
      expect(env.GREETING).toBe("hi");
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.CORAL_TEST_APP_SECRET).toBeUndefined();
      expect(env.CORAL_ENCRYPTION_KEY).toBeUndefined();
      expect(env.NODE_ENV).toBeUndefined();
      expect(Object.keys(env).every((k) => ["GREETING", "PATH", "HOME", "LOGNAME", "SHELL", "TERM", "USER"].includes(k))).toBe(true);
    } finally {
      delete process.env.CORAL_TEST_APP_SECRET;
      await session.close();
    }
  });

  it("times a slow call out with an error naming the server and the tool", async () => {
    const session = await ToolSession.open(everythingConfig(sandbox));
    try {
      const error = await failure(session.callTool("trigger-long-running-operation", { duration: 5, steps: 5 }, { timeoutMs: 300 }));
      expect(error.message).toBe('Tool server "everything" did not answer tools/call "trigger-long-running-operation" within 300 ms.');
      expect(sessionErrorKind(error)).toBe("call_timeout");
      // The session survives a timed-out call.
      expect((await session.callTool("echo", { message: "still here" })).text).toBe("Echo: still here");
    } finally {
      await session.close();
    }
  });

  it("passes the caller's abort through", async () => {
    const session = await ToolSession.open(everythingConfig(sandbox));
    try {
      const controller = new AbortController();
      const call = session.callTool("trigger-long-running-operation", { duration: 5, steps: 5 }, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error("run cancelled")), 100);
      await expect(call).rejects.toThrow("run cancelled");
    } finally {
      await session.close();
    }
  });

  it("close kills the child, leaving no zombie", async () => {
    const session = await ToolSession.open(everythingConfig(sandbox));
    const pid = session.pid!;
    expect(processGone(pid)).toBe(false);
    await session.close();
    expect(session.alive).toBe(false);
    expect(processGone(pid)).toBe(true);
    expect(processState(pid)).toBeNull();
  });
});

describe("connect failures", () => {
  it("times out a server that never answers, naming it, and kills it", async () => {
    const pidFile = path.join(sandbox, "sleepy.pid");
    const script = `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`;
    const started = Date.now();
    const error = await failure(ToolSession.open(scriptConfig(script, { name: "sleepy" }), { connectTimeoutMs: 500 }));
    expect(error.message).toBe('Tool server "sleepy" did not finish connecting within 500 ms.');
    expect(sessionErrorKind(error)).toBe("connect_timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(processGone(Number(await readFile(pidFile, "utf8")))).toBe(true);
  });

  it("says when the server exits before it is ready, quoting its stderr", async () => {
    const error = await failure(ToolSession.open(filesystemConfig(sandbox, { args: [filesystemConfig(sandbox).args[0]!, path.join(sandbox, "does-not-exist")] })));
    expect(error.message).toMatch(/^Tool server "filesystem" exited before it was ready\. Its stderr ends: .*does-not-exist/s);
    expect(sessionErrorKind(error)).toBe("connect_failed");
  });

  it("says when the command does not exist", async () => {
    const error = await failure(ToolSession.open(scriptConfig("", { command: "/nonexistent/coral-mcp-server", name: "ghost" })));
    expect(error.message).toBe('Tool server "ghost" could not start: command "/nonexistent/coral-mcp-server" not found.');
  });

  it("says when the working directory is missing (not that the command is)", async () => {
    const error = await failure(ToolSession.open(scriptConfig("", { cwd: path.join(sandbox, "gone") })));
    expect(error.message).toBe(`Tool server "script" could not start: its working directory ${path.join(sandbox, "gone")} does not exist.`);
  });

  it("keeps configured secrets out of the error, even when the server prints them", async () => {
    const error = await failure(ToolSession.open(scriptConfig("console.error('token is ' + process.env.API_TOKEN); process.exit(1)", { env: { API_TOKEN: "sk-very-secret-123" } })));
    expect(error.message).toContain("token is [redacted]");
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain("sk-very-secret-123");
  });

  it("bounds the stderr it keeps", async () => {
    const error = await failure(ToolSession.open(scriptConfig("process.stderr.write('x'.repeat(100000) + '\\nlast line'); process.exit(1)"), { stderrLimitBytes: 1_024 }));
    expect((error.details?.stderr as string).length).toBeLessThanOrEqual(1_024);
    expect(error.message).toMatch(/last line\.?$/);
  });
});
