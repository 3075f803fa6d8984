// The tool services through the tRPC procedures: registering servers (secrets
// sealed, never returned), testing a connection against the real filesystem
// MCP server, the versioned policy (unknown servers and tools refused, a stale
// version refused), the tool-call log's pages, roles, and isolation between
// workspaces.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { decryptSecret } from "@/server/crypto/secret-box";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { loadRunnableToolServers } from "./server-config";

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, message: (error as TRPCError).message };
}

type TWorkspace = Awaited<ReturnType<typeof makeWorkspace>>;

async function addFilesystem({ as, slug }: TWorkspace, name = "files") {
  return as("admin").tools.createServer({ workspaceSlug: slug, name, preset: "filesystem" });
}

async function makeRun(ws: TWorkspace) {
  const project = await ws.as("owner").project.create({ workspaceSlug: ws.slug, name: `Tools ${Math.random()}` });
  const db = await getDb();
  return db.run.create({
    data: { workspaceId: ws.workspace.id, projectId: project.id, number: 1, workflowRef: "template:test", workflowName: "Test", definition: {}, task: "Test task", engine: "embedded" },
  });
}

describe("tool servers", () => {
  it("refuses bad input with a 4xx that says what is wrong", async () => {
    const { as, slug } = await makeWorkspace("Tool validation");
    const create = (input: Record<string, unknown>) => refusal(as("admin").tools.createServer({ workspaceSlug: slug, name: "x", ...input } as never));
    expect(await create({ name: "Has Spaces" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("name: Use lowercase letters") });
    expect(await create({})).toEqual({ code: "BAD_REQUEST", message: "transport: Choose stdio (a command) or http (a URL)." });
    expect(await create({ transport: "stdio" })).toEqual({ code: "BAD_REQUEST", message: "command: Enter the command that starts the server." });
    expect(await create({ transport: "http", url: "ftp://example.com/mcp" })).toEqual({ code: "BAD_REQUEST", message: "url: Use an http:// or https:// URL, not ftp://." });
    expect(await create({ transport: "http", url: "https://me:pw@example.com/mcp" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Remove the user name and password") });
    expect(await create({ transport: "stdio", command: "x", env: { "BAD NAME": "v" } })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Environment variable names") });
    expect(await create({ preset: "nope" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining('preset: There is no preset "nope". Presets are filesystem') });
    expect(await create({ preset: "github" })).toMatchObject({ code: "BAD_REQUEST", message: "Fill GitHub token (GITHUB_TOKEN) for the GitHub preset." });
    expect(await create({ preset: "github", fields: { GITHUB_TOKEN: "t", OTHER: "x" } })).toMatchObject({ code: "BAD_REQUEST", message: "The GitHub preset has no field OTHER." });
    expect(await create({ preset: "filesystem", command: "rm" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("send only its fields") });
    expect(await as("admin").tools.listServers({ workspaceSlug: slug })).toEqual([]);
  });

  it("seals env vars, headers and preset fields, and never returns them", async () => {
    const ws = await makeWorkspace("Tool secrets");
    const { as, slug, workspace, users } = ws;
    const http = await as("admin").tools.createServer({
      workspaceSlug: slug,
      name: "internal-api",
      transport: "http",
      url: "https://mcp.example.com/mcp",
      headers: { Authorization: "Bearer hdr-secret-4242", "X-Team": "team-secret-777" },
    });
    expect(http).toMatchObject({ name: "internal-api", preset: "custom", transport: "http", url: "https://mcp.example.com/mcp", command: null, args: [], secretNames: ["Authorization", "X-Team"], tools: null, lastError: null, sandboxed: false });
    const stdio = await as("owner").tools.createServer({
      workspaceSlug: slug,
      name: "scripts",
      transport: "stdio",
      command: "node",
      args: ["server.js", "--verbose"],
      env: { API_TOKEN: "env-secret-9191" },
    });
    expect(stdio).toMatchObject({ transport: "stdio", command: "node", args: ["server.js", "--verbose"], url: null, secretNames: ["API_TOKEN"] });
    const github = await as("admin").tools.createServer({ workspaceSlug: slug, name: "github", preset: "github", fields: { GITHUB_TOKEN: "github_pat_field_secret_55" } });
    expect(github).toMatchObject({ preset: "github", transport: "http", url: "https://api.githubcopilot.com/mcp/", secretNames: ["GITHUB_TOKEN"] });

    const plaintexts = ["hdr-secret-4242", "team-secret-777", "env-secret-9191", "github_pat_field_secret_55"];
    const shown = JSON.stringify([await as("member").tools.listServers({ workspaceSlug: slug }), await as("member").tools.getServer({ workspaceSlug: slug, serverId: github.id }), http, stdio, github]);
    for (const secret of plaintexts) expect(shown).not.toContain(secret);
    expect(shown).not.toContain("sealedSecrets");

    const db = await getDb();
    const rows = await db.toolServer.findMany({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } });
    expect(rows.map((r) => r.name)).toEqual(["github", "internal-api", "scripts"]);
    const raw = JSON.stringify(rows);
    for (const secret of plaintexts) expect(raw).not.toContain(secret);
    const opened = JSON.parse(decryptSecret(rows.find((r) => r.name === "internal-api")!.sealedSecrets!, workspace.id));
    expect(opened.headers).toEqual({ Authorization: "Bearer hdr-secret-4242", "X-Team": "team-secret-777" });
    // Sealed for this workspace only.
    expect(() => decryptSecret(rows[0]!.sealedSecrets!, "another-workspace")).toThrow();
    expect(rows.find((r) => r.name === "scripts")!.createdById).toBe(users.owner.id);

    // Only the engine opens them, to connect for a run.
    const runnable = await loadRunnableToolServers(workspace.id, { sandboxDir: "/runs/r1/work" });
    expect(runnable.map((r) => [r.name, r.config.transport])).toEqual([
      ["github", "http"],
      ["internal-api", "http"],
      ["scripts", "stdio"],
    ]);
    expect(runnable[0]!.config).toMatchObject({ url: "https://api.githubcopilot.com/mcp/", headers: { Authorization: "Bearer github_pat_field_secret_55" } });
    expect(runnable[1]!.config.headers).toEqual({ Authorization: "Bearer hdr-secret-4242", "X-Team": "team-secret-777" });
    expect(runnable[2]).toMatchObject({ sandboxed: false, config: { command: "node", args: ["server.js", "--verbose"], env: { API_TOKEN: "env-secret-9191" } }, secrets: ["env-secret-9191"] });

    expect(await refusal(as("admin").tools.createServer({ workspaceSlug: slug, name: "github", preset: "everything" }))).toEqual({
      code: "CONFLICT",
      message: 'name: This workspace already has a tool server named "github". Choose another name.',
    });

    await as("admin").tools.deleteServer({ workspaceSlug: slug, serverId: stdio.id });
    expect((await as("admin").tools.listServers({ workspaceSlug: slug })).map((s) => s.name)).toEqual(["github", "internal-api"]);
    expect(await refusal(as("admin").tools.deleteServer({ workspaceSlug: slug, serverId: stdio.id }))).toEqual({ code: "NOT_FOUND", message: "Tool server not found." });
  });

  it("tests a filesystem server in an empty directory and keeps its tools; stores no root path", async () => {
    const ws = await makeWorkspace("Tool fs");
    const server = await addFilesystem(ws);
    expect(server).toMatchObject({ preset: "filesystem", sandboxed: true, transport: "stdio", command: "node", args: ["@modelcontextprotocol/server-filesystem", "{sandboxDir}"], secretNames: [] });

    const result = await ws.as("admin").tools.testServer({ workspaceSlug: ws.slug, serverId: server.id });
    expect(result.ok).toBe(true);
    const tools = result.server.tools!;
    const operation = (name: string) => tools.find((t) => t.name === name)?.operation;
    expect(operation("read_text_file") ?? operation("read_file")).toBe("read");
    expect(operation("list_directory")).toBe("read");
    expect(operation("write_file")).toBe("write");
    expect(operation("edit_file")).toBe("write");
    expect(result.server).toMatchObject({ lastError: null, toolsHash: expect.stringMatching(/^[0-9a-f]{64}$/), toolsFetchedAt: expect.any(Date) });

    const db = await getDb();
    const row = await db.toolServer.findFirstOrThrow({ where: { id: server.id, workspaceId: ws.workspace.id } });
    expect(row.args).toEqual(["@modelcontextprotocol/server-filesystem", "{sandboxDir}"]);
    // Rooted per run: the run's working copy is the server's root and its working directory.
    const [runnable] = await loadRunnableToolServers(ws.workspace.id, { sandboxDir: "/runs/r7/work" });
    expect(runnable).toMatchObject({ sandboxed: true, config: { transport: "stdio", command: process.execPath, cwd: "/runs/r7/work" } });
    expect(runnable!.config.args.at(-1)).toBe("/runs/r7/work");
    expect(row.toolsHash).toBe(result.server.toolsHash);
    expect((row.tools as { name: string }[]).map((t) => t.name)).toContain("write_file");
    // Members see the tools too (they are what the policy editor offers).
    expect((await ws.as("member").tools.getServer({ workspaceSlug: ws.slug, serverId: server.id })).tools).toHaveLength(tools.length);
  }, 60_000);

  it("remembers a failed test as the last error, with the secrets cut out, and keeps the last good tools", async () => {
    const ws = await makeWorkspace("Tool failures");
    const { as, slug } = ws;
    const missing = await as("admin").tools.createServer({ workspaceSlug: slug, name: "missing", transport: "stdio", command: "coral-no-such-command-xyz" });
    const failed = await as("admin").tools.testServer({ workspaceSlug: slug, serverId: missing.id });
    expect(failed).toMatchObject({ ok: false, error: expect.stringContaining('Tool server "missing"') });
    expect(failed.server).toMatchObject({ lastError: failed.ok ? null : failed.error, tools: null, toolsFetchedAt: null });

    const leaky = await as("admin").tools.createServer({
      workspaceSlug: slug,
      name: "leaky",
      transport: "stdio",
      command: process.execPath,
      args: ["-e", "console.error('token is ' + process.env.LEAK_TOKEN); process.exit(3)"],
      env: { LEAK_TOKEN: "leaked-secret-31337" },
    });
    const leak = await as("admin").tools.testServer({ workspaceSlug: slug, serverId: leaky.id });
    expect(leak.ok).toBe(false);
    expect(leak.server.lastError).toContain("token is [redacted]");
    expect(JSON.stringify(leak)).not.toContain("leaked-secret-31337");
    const db = await getDb();
    expect((await db.toolServer.findFirstOrThrow({ where: { id: leaky.id } })).lastError).not.toContain("leaked-secret-31337");

    // A custom stdio server that works, then stops working: its tools stay, with the error beside them.
    const entry = path.join(path.dirname(createRequire(import.meta.url).resolve("@modelcontextprotocol/server-filesystem/package.json")), "dist/index.js");
    const root = await mkdtemp(path.join(tmpdir(), "coral-tools-test-"));
    const custom = await as("admin").tools.createServer({ workspaceSlug: slug, name: "custom-fs", transport: "stdio", command: process.execPath, args: [entry, root] });
    const good = await as("admin").tools.testServer({ workspaceSlug: slug, serverId: custom.id });
    expect(good).toMatchObject({ ok: true, server: { lastError: null } });
    await db.toolServer.updateMany({ where: { id: custom.id, workspaceId: ws.workspace.id }, data: { args: [entry, path.join(root, "gone")] } });
    const broken = await as("admin").tools.testServer({ workspaceSlug: slug, serverId: custom.id });
    expect(broken.ok).toBe(false);
    expect(broken.server.lastError).toMatch(/custom-fs/);
    expect(broken.server.tools!.map((t) => t.name)).toEqual(good.server.tools!.map((t) => t.name));
    expect(broken.server.toolsFetchedAt).toEqual(good.server.toolsFetchedAt);
    await rm(root, { recursive: true, force: true });
  }, 60_000);
});

describe("tool policy", () => {
  it("starts at version 0 denying everything, refuses unknown servers and tools, and saves versions", async () => {
    const ws = await makeWorkspace("Tool policy");
    const { as, slug, users } = ws;
    expect(await as("member").tools.policy({ workspaceSlug: slug })).toEqual({ version: 0, document: { agents: {}, steps: {}, operationOverrides: {} }, createdAt: null, createdBy: null });

    const save = (document: Record<string, unknown>, expectedVersion: number) => as("admin").tools.savePolicy({ workspaceSlug: slug, document: document as never, expectedVersion });
    const allowRead = (server: string, tool = "read_text_file", extra: Record<string, unknown> = {}) => ({ agents: { backend_developer: { servers: { [server]: { tools: { [tool]: { operations: ["read"], ...extra } } } } } } });

    expect(await refusal(save(allowRead("files"), 0))).toEqual({
      code: "BAD_REQUEST",
      message: 'document.agents.backend_developer.servers.files: There is no tool server "files" in this workspace (none is registered yet). Add it under Tools → Servers first.',
    });

    const fs = await addFilesystem(ws);
    // Before a connection test there is no tool list to check against.
    expect((await save(allowRead("files", "made_up_tool"), 0)).version).toBe(1);
    await as("admin").tools.testServer({ workspaceSlug: slug, serverId: fs.id });
    expect(await refusal(save(allowRead("files", "made_up_tool"), 1))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^document\.agents\.backend_developer\.servers\.files\.tools\.made_up_tool: "files" has no tool "made_up_tool" \(its tools at the last connection test: .*read_text_file/),
    });
    const http = await as("admin").tools.createServer({ workspaceSlug: slug, name: "remote", transport: "http", url: "https://mcp.example.com/mcp" });
    expect(await refusal(save(allowRead("remote", "*", { paths: ["src/**"] }), 1))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("document.agents.backend_developer.servers.remote.tools.*.paths:"),
    });
    expect(await refusal(save({ operationOverrides: { ghost: { x: "read" } } }, 1))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining('document.operationOverrides.ghost: There is no tool server "ghost"') });
    expect(await refusal(save({ agents: { "*": { servers: { files: { tools: { "*": { operations: ["delete"] } } } } } } }, 1))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Operations are read, write and execute.") });

    const document = {
      agents: {
        "*": { servers: { files: { tools: { read_text_file: {}, list_directory: {} } } } },
        backend_developer: { servers: { files: { tools: { "*": { operations: ["read", "write"], paths: ["src/**"], approval: true } } } }, limits: { callsPerStep: 5, wallTimeMs: 60_000, resultBytes: 65_536 } },
      },
    };
    const v2 = await save(document, 1);
    expect(v2).toMatchObject({ version: 2, changed: true, createdBy: { id: users.admin.id }, document: { ...document, steps: {}, operationOverrides: {} } });
    expect((await as("member").tools.policy({ workspaceSlug: slug })).version).toBe(2);

    // Someone else saved after this edit started.
    expect(await refusal(save({ agents: {} }, 1))).toEqual({
      code: "CONFLICT",
      message: "Someone saved version 2 of the tool policy after you loaded version 1. Reload to see their changes, then make yours again.",
    });
    expect(await refusal(save({ agents: {} }, 7))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Version 7 of the tool policy does not exist") });
    // The same document again adds no version.
    expect(await save(document, 2)).toMatchObject({ version: 2, changed: false });

    const versions = await as("member").tools.policyVersions({ workspaceSlug: slug });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.document.agents.backend_developer!.servers.files!.tools.made_up_tool).toEqual({ operations: ["read"] });

    // A server the policy names can't be deleted until the policy lets go of it.
    expect(await refusal(as("admin").tools.deleteServer({ workspaceSlug: slug, serverId: fs.id }))).toEqual({
      code: "CONFLICT",
      message: 'The tool policy (version 2) still names "files" in agents.*, agents.backend_developer. Remove it from the policy and save, then delete the server.',
    });
    await as("admin").tools.deleteServer({ workspaceSlug: slug, serverId: http.id });
    await save({ agents: {} }, 2);
    await as("admin").tools.deleteServer({ workspaceSlug: slug, serverId: fs.id });
    expect(await as("admin").tools.listServers({ workspaceSlug: slug })).toEqual([]);

    // Every change is in the audit log, each policy version under its number.
    const db = await getDb();
    const events = await db.auditEvent.findMany({ where: { workspaceId: ws.workspace.id, action: { startsWith: "tool." } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.policyVersion, e.actorId])).toEqual([
      ["tool.server_created", null, users.admin.id],
      ["tool.policy_saved", 1, users.admin.id],
      ["tool.server_created", null, users.admin.id],
      ["tool.policy_saved", 2, users.admin.id],
      ["tool.server_deleted", null, users.admin.id],
      ["tool.policy_saved", 3, users.admin.id],
      ["tool.server_deleted", null, users.admin.id],
    ]);
    expect(events[3]!.data).toEqual({ agents: ["*", "backend_developer"], steps: [], servers: ["files"] });
  }, 60_000);

  it("lets exactly one of two saves of the same version through", async () => {
    const ws = await makeWorkspace("Tool race");
    await addFilesystem(ws);
    const save = (tool: string) =>
      ws.as("admin").tools.savePolicy({ workspaceSlug: ws.slug, expectedVersion: 0, document: { agents: { "*": { servers: { files: { tools: { [tool]: {} } } } } } } });
    const results = await Promise.allSettled([save("read_text_file"), save("list_directory")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect((await ws.as("admin").tools.policyVersions({ workspaceSlug: ws.slug })).map((v) => v.version)).toEqual([1]);
  });
});

describe("tool-call log", () => {
  it("pages newest first and filters by run", async () => {
    const ws = await makeWorkspace("Tool calls");
    const run = await makeRun(ws);
    const db = await getDb();
    const base = { workspaceId: ws.workspace.id, serverName: "files", toolName: "read_text_file", operation: "read", arguments: { path: "README.md" }, policyVersion: 3 };
    await db.toolCall.create({ data: { ...base, decision: "allowed", outcome: "ok", durationMs: 12, createdAt: new Date(Date.UTC(2026, 0, 1)) } });
    await db.toolCall.create({ data: { ...base, runId: run.id, stepId: "backend", agentId: "backend_developer", decision: "denied", reason: "the policy does not allow it", outcome: "denied", createdAt: new Date(Date.UTC(2026, 0, 2)) } });
    await db.toolCall.create({ data: { ...base, runId: run.id, toolName: "write_file", operation: "write", decision: "approval_required", outcome: "pending", createdAt: new Date(Date.UTC(2026, 0, 3)) } });

    const first = await ws.as("member").tools.calls({ workspaceSlug: ws.slug, limit: 2 });
    expect(first.data.map((c) => [c.toolName, c.decision])).toEqual([
      ["write_file", "approval_required"],
      ["read_text_file", "denied"],
    ]);
    expect(first.data[1]).toMatchObject({ run: { number: 1, projectId: run.projectId }, agentId: "backend_developer", reason: "the policy does not allow it", arguments: { path: "README.md" }, policyVersion: 3 });
    const rest = await ws.as("member").tools.calls({ workspaceSlug: ws.slug, limit: 2, cursor: first.nextCursor! });
    expect(rest).toEqual({ data: [expect.objectContaining({ runId: null, run: null, decision: "allowed", durationMs: 12 })], nextCursor: null });

    const ofRun = await ws.as("member").tools.calls({ workspaceSlug: ws.slug, runId: run.id });
    expect(ofRun.data.map((c) => c.toolName)).toEqual(["write_file", "read_text_file"]);
    expect(await refusal(ws.as("member").tools.calls({ workspaceSlug: ws.slug, cursor: "garbage" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("roles and isolation", () => {
  it("lets members read, admins manage, and viewers neither", async () => {
    const { as, slug } = await makeWorkspace("Tool roles");
    expect(await as("member").tools.listServers({ workspaceSlug: slug })).toEqual([]);
    expect(await refusal(as("member").tools.createServer({ workspaceSlug: slug, name: "files", preset: "filesystem" }))).toEqual({ code: "FORBIDDEN", message: "Your role (member) does not allow tools.manage." });
    expect(await refusal(as("member").tools.savePolicy({ workspaceSlug: slug, expectedVersion: 0, document: { agents: {} } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(as("viewer").tools.policy({ workspaceSlug: slug }))).toEqual({ code: "FORBIDDEN", message: "Your role (viewer) does not allow tools.read." });
    expect((await as("member").tools.presets({ workspaceSlug: slug })).find((p) => p.id === "filesystem")).toMatchObject({ available: true, sandboxed: true, fields: [] });
  });

  it("keeps A's servers, policy and calls from B", async () => {
    const a = await makeWorkspace("Tools A");
    const b = await makeWorkspace("Tools B");
    const server = await a.as("admin").tools.createServer({ workspaceSlug: a.slug, name: "secret-api", transport: "http", url: "https://a.example.com/mcp", headers: { Authorization: "Bearer a-only" } });
    await a.as("admin").tools.savePolicy({ workspaceSlug: a.slug, expectedVersion: 0, document: { agents: { "*": { servers: { "secret-api": { tools: { "*": {} } } } } } } });
    const run = await makeRun(a);
    const db = await getDb();
    await db.toolCall.create({ data: { workspaceId: a.workspace.id, runId: run.id, serverName: "secret-api", toolName: "x", operation: "read", arguments: {}, decision: "allowed", policyVersion: 1, outcome: "ok" } });
    const before = JSON.stringify(await db.toolServer.findMany({ where: { workspaceId: a.workspace.id } }));

    const bOwner = b.as("owner");
    const ref = { workspaceSlug: b.slug, serverId: server.id };
    expect(await refusal(bOwner.tools.getServer(ref))).toEqual({ code: "NOT_FOUND", message: "Tool server not found." });
    expect(await refusal(bOwner.tools.deleteServer(ref))).toEqual({ code: "NOT_FOUND", message: "Tool server not found." });
    expect(await refusal(bOwner.tools.testServer(ref))).toEqual({ code: "NOT_FOUND", message: "Tool server not found." });
    expect(await refusal(bOwner.tools.listServers({ workspaceSlug: a.slug }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(bOwner.tools.policy({ workspaceSlug: a.slug }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(bOwner.tools.savePolicy({ workspaceSlug: a.slug, expectedVersion: 1, document: { agents: {} } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await bOwner.tools.listServers({ workspaceSlug: b.slug })).toEqual([]);
    expect((await bOwner.tools.policy({ workspaceSlug: b.slug })).version).toBe(0);
    expect(await bOwner.tools.calls({ workspaceSlug: b.slug })).toEqual({ data: [], nextCursor: null });
    expect(await bOwner.tools.calls({ workspaceSlug: b.slug, runId: run.id })).toEqual({ data: [], nextCursor: null });
    // A's server name means nothing in B's policy.
    expect(await refusal(bOwner.tools.savePolicy({ workspaceSlug: b.slug, expectedVersion: 0, document: { agents: { "*": { servers: { "secret-api": { tools: { "*": {} } } } } } } }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('There is no tool server "secret-api" in this workspace'),
    });

    expect(JSON.stringify(await db.toolServer.findMany({ where: { workspaceId: a.workspace.id } }))).toBe(before);
    expect((await a.as("member").tools.policy({ workspaceSlug: a.slug })).version).toBe(1);
    expect((await a.as("member").tools.calls({ workspaceSlug: a.slug })).data).toHaveLength(1);
  });
});
