// Against the real @modelcontextprotocol/server-filesystem over stdio, rooted
// in a temp dir. (A real server, no database: it runs in the unit project.)
import { mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { guardedToolCall } from "@/server/tools/policy/guarded-call";
import { ZToolPolicy } from "@/server/tools/policy/policy-schema";
import { listServerTools, ToolClientPool } from "./client-manager";
import { ToolSession } from "./session";
import { filesystemConfig } from "./testing/servers";

let sandbox: string;
let pool: ToolClientPool;

beforeAll(async () => {
  sandbox = await realpath(await mkdtemp(path.join(tmpdir(), "coral-fs-")));
  await mkdir(path.join(sandbox, "src/a"), { recursive: true });
  await writeFile(path.join(sandbox, "src/a/b.ts"), "export const answer = 42;\n");
  await writeFile(path.join(sandbox, "notes.txt"), "relative to the sandbox\n");
  pool = new ToolClientPool();
});

afterEach(async () => {
  await pool.closeScope("run_1");
});

afterAll(async () => {
  await pool.closeAll();
  await rm(sandbox, { recursive: true, force: true });
});

const policy = ZToolPolicy.parse({
  agents: { backend_developer: { servers: { filesystem: { tools: { read_file: { paths: ["src/**"] }, read_text_file: {}, list_directory: {} } } } } },
});

function guarded(toolName: string, args: Record<string, unknown>) {
  return guardedToolCall({
    pool,
    config: filesystemConfig(sandbox),
    scope: "run_1",
    policy,
    agentId: "backend_developer",
    stepId: null,
    toolName,
    args,
    sandboxRoot: sandbox,
    callsSoFar: 0,
    elapsedMs: 0,
  });
}

describe("filesystem server", () => {
  it("lists its tools with schemas and annotations, and a stable hash", async () => {
    const first = await listServerTools(filesystemConfig(sandbox));
    const names = first.tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["read_file", "read_text_file", "write_file", "edit_file", "list_directory", "directory_tree", "move_file", "search_files"]));
    const write = first.tools.find((t) => t.name === "write_file")!;
    expect(write.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(write.inputSchema).toMatchObject({ type: "object", required: expect.arrayContaining(["path", "content"]) });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await listServerTools(filesystemConfig(sandbox))).hash).toBe(first.hash);
  });

  it("an allowed read returns the file's text", async () => {
    const outcome = await guarded("read_file", { path: "src/a/b.ts" });
    expect(outcome.evaluation).toMatchObject({ decision: "allowed", paths: ["src/a/b.ts"] });
    expect(outcome.result).toMatchObject({ isError: false, text: "export const answer = 42;\n" });
    expect(outcome.result!.bytes).toBeGreaterThan(20);
  });

  it("runs in the sandbox: a relative path reaches the sandbox's file", async () => {
    const session = await ToolSession.open(filesystemConfig(sandbox));
    try {
      expect((await session.callTool("read_text_file", { path: "notes.txt" })).text).toBe("relative to the sandbox\n");
    } finally {
      await session.close();
    }
  });

  it("a policy-denied write never reaches the server", async () => {
    const spy = vi.spyOn(ToolSession.prototype, "callTool");
    try {
      const outcome = await guarded("write_file", { path: "src/new.ts", content: "pwned" });
      expect(outcome.evaluation.decision).toBe("denied");
      expect(outcome.evaluation.reason).toBe("the policy does not allow backend_developer to use write_file on filesystem; allowed: list_directory, read_file, read_text_file");
      expect(outcome.result).toBeNull();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    await expect(stat(path.join(sandbox, "src/new.ts"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a path escape is refused before the call", async () => {
    const spy = vi.spyOn(ToolSession.prototype, "callTool");
    try {
      for (const raw of ["../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "/etc/passwd"]) {
        const outcome = await guarded("read_text_file", { path: raw });
        expect(outcome.evaluation.decision).toBe("denied");
        expect(outcome.evaluation.reason).toMatch(/leaves the sandbox|is outside the sandbox/);
      }
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("an unknown tool is denied with the list of real ones", async () => {
    const outcome = await guarded("format_disk", {});
    expect(outcome.evaluation.reason).toMatch(/^filesystem has no tool format_disk; it has: .*read_file/);
  });

  it("the server's own refusal of an outside path comes back as a tool error", async () => {
    const session = await ToolSession.open(filesystemConfig(sandbox));
    try {
      const result = await session.callTool("read_text_file", { path: "/etc/hostname" });
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/Access denied - path outside allowed directories/);
    } finally {
      await session.close();
    }
  });

  it("an allowed write lands in the sandbox through the checked absolute path", async () => {
    const writer = ZToolPolicy.parse({ agents: { backend_developer: { servers: { filesystem: { tools: { write_file: { paths: ["src/**"] } } } } } } });
    const outcome = await guardedToolCall({
      pool,
      config: filesystemConfig(sandbox),
      scope: "run_1",
      policy: writer,
      agentId: "backend_developer",
      toolName: "write_file",
      args: { path: "src/generated/out.ts", content: "ok" },
      sandboxRoot: sandbox,
      callsSoFar: 0,
      elapsedMs: 0,
    });
    // The server does not create missing parent directories: its error is the model's to see.
    expect(outcome).toMatchObject({ evaluation: { decision: "allowed", args: { path: path.join(sandbox, "src/generated/out.ts") } }, result: { isError: true } });
    const direct = await guardedToolCall({
      pool,
      config: filesystemConfig(sandbox),
      scope: "run_1",
      policy: writer,
      agentId: "backend_developer",
      toolName: "write_file",
      args: { path: "src/out.ts", content: "ok" },
      sandboxRoot: sandbox,
      callsSoFar: 0,
      elapsedMs: 0,
    });
    expect(direct.result).toMatchObject({ isError: false });
    expect(await readFile(path.join(sandbox, "src/out.ts"), "utf8")).toBe("ok");
  });

  it("replaces a result over the size limit with an error the model can act on", async () => {
    await writeFile(path.join(sandbox, "src/big.txt"), "x".repeat(3_000));
    const small = ZToolPolicy.parse({ agents: { backend_developer: { servers: { filesystem: { tools: { read_text_file: {} } } }, limits: { resultBytes: 1_024 } } } });
    const outcome = await guardedToolCall({
      pool,
      config: filesystemConfig(sandbox),
      scope: "run_1",
      policy: small,
      agentId: "backend_developer",
      toolName: "read_text_file",
      args: { path: "src/big.txt" },
      sandboxRoot: sandbox,
      callsSoFar: 0,
      elapsedMs: 0,
    });
    // 6 KiB: the server sends the text twice, as content and as structuredContent.
    expect(outcome.result).toMatchObject({ isError: true, text: "the result is 6 KiB, over the policy's limit of 1 KiB; ask for less (a narrower path, a range, a filter)" });
  });
});
