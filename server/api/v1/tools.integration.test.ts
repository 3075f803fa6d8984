// /tools over the REST pipeline: servers (secrets write-only), the policy with
// its version (a stale PUT is a 409 problem), the tool-call log, scopes, and
// isolation between workspaces.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { apiClientFor } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let admin: TClient;
let reader: TClient;
let writer: TClient;
let other: TClient;
let workspaceA: Awaited<ReturnType<typeof makeWorkspace>>;

beforeAll(async () => {
  workspaceA = await makeWorkspace("REST tools A");
  const b = await makeWorkspace("REST tools B");
  admin = await apiClientFor(workspaceA.workspace.id, ["admin"]);
  reader = await apiClientFor(workspaceA.workspace.id, ["read"]);
  writer = await apiClientFor(workspaceA.workspace.id, ["read", "write", "runs:execute"]);
  other = await apiClientFor(b.workspace.id, ["admin"]);
});

describe("/tools/servers", () => {
  it("registers a server without ever answering its secrets, gets, lists and deletes it", async () => {
    const created = await admin.call("POST", "/tools/servers", {
      body: { name: "docs", transport: "http", url: "https://mcp.example.com/mcp", headers: { Authorization: "Bearer rest-secret-8080" } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "docs", preset: "custom", transport: "http", secretNames: ["Authorization"], tools: null, lastError: null, toolsFetchedAt: null });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const got = await reader.call("GET", `/tools/servers/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);
    const listed = await reader.call("GET", "/tools/servers");
    expect(listed.body).toEqual({ data: [created.body], nextCursor: null });
    expect(JSON.stringify([created.body, got.body, listed.body])).not.toContain("rest-secret-8080");

    expect((await admin.call("DELETE", `/tools/servers/${created.body.id}`, { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } })).status).toBe(204);
    expect((await reader.call("GET", `/tools/servers/${created.body.id}`)).status).toBe(404);

    // The audit log names the key that acted, and the address it came from.
    const events = await (await getDb()).auditEvent.findMany({ where: { workspaceId: workspaceA.workspace.id, targetId: created.body.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.actorType, e.actorId, e.ip])).toEqual([
      ["tool.server_created", "api_key", admin.apiKey.id, "local"],
      ["tool.server_deleted", "api_key", admin.apiKey.id, "203.0.113.9"],
    ]);
  });

  it("refuses bad input as named fields and a duplicate name as a conflict", async () => {
    const bad = await admin.call("POST", "/tools/servers", { body: { name: "Bad Name", transport: "stdio", command: "node" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: "body.name" });
    const unknownField = await admin.call("POST", "/tools/servers", { body: { name: "x", preset: "filesystem", root: "/etc" } });
    expect(unknownField.status).toBe(422);
    const missingToken = await admin.call("POST", "/tools/servers", { body: { name: "gh", preset: "github" } });
    expect(missingToken.status).toBe(422);
    expect(missingToken.body.detail).toBe("Fill GitHub token (GITHUB_TOKEN) for the GitHub preset.");

    expect((await admin.call("POST", "/tools/servers", { body: { name: "twice", preset: "everything" } })).status).toBe(201);
    const again = await admin.call("POST", "/tools/servers", { body: { name: "twice", preset: "everything" } });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
  });

  it("tests a connection and answers the tools with their operations", async () => {
    const fs = await admin.call("POST", "/tools/servers", { body: { name: "files", preset: "filesystem" } });
    const tested = await admin.call("POST", `/tools/servers/${fs.body.id}/test`);
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ ok: true, error: null, server: { name: "files", lastError: null } });
    expect(tested.body.server.tools).toEqual(expect.arrayContaining([expect.objectContaining({ name: "write_file", operation: "write", inputSchema: expect.objectContaining({ type: "object" }) })]));
  }, 60_000);

  it("needs tools.manage (the admin scope) to change anything", async () => {
    expect((await writer.call("POST", "/tools/servers", { body: { name: "nope", preset: "everything" } })).status).toBe(403);
    expect((await reader.call("PUT", "/tools/policy", { body: { version: 0, document: { agents: {} } } })).status).toBe(403);
    expect((await writer.call("GET", "/tools/servers")).status).toBe(200);
  });
});

describe("/tools/policy", () => {
  it("answers version 0 first, saves versions, and refuses a stale version with 409", async () => {
    const ws = await makeWorkspace("REST policy");
    const client = await apiClientFor(ws.workspace.id, ["admin"]);
    expect((await client.call("GET", "/tools/policy")).body).toEqual({ version: 0, document: { agents: {}, steps: {}, operationOverrides: {} }, createdAt: null, createdBy: null });

    const unknown = await client.call("PUT", "/tools/policy", { body: { version: 0, document: { agents: { "*": { servers: { nowhere: { tools: { "*": {} } } } } } } } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toContain('There is no tool server "nowhere" in this workspace');

    await client.call("POST", "/tools/servers", { body: { name: "demo", preset: "everything" } });
    const document = { agents: { "*": { servers: { demo: { tools: { echo: { operations: ["read"] } } } } } } };
    const saved = await client.call("PUT", "/tools/policy", { body: { version: 0, document } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, changed: true, document: { ...document, steps: {}, operationOverrides: {} }, createdBy: null });
    expect((await client.call("GET", "/tools/policy")).body).toMatchObject({ version: 1, document });

    const stale = await client.call("PUT", "/tools/policy", { body: { version: 0, document: { agents: {} } } });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(stale.body).toMatchObject({ status: 409, detail: expect.stringContaining("Someone saved version 1 of the tool policy after you loaded version 0") });
    expect((await client.call("GET", "/tools/policy")).body.version).toBe(1);

    const badShape = await client.call("PUT", "/tools/policy", { body: { version: 1, document: { agents: { "*": { servers: { demo: { tools: { echo: { approval: "yes" } } } } } } } } });
    expect(badShape.status).toBe(422);
    expect(badShape.body.errors[0].field).toBe("body.document.agents.*.servers.demo.tools.echo.approval");
  });
});

describe("/tools/calls", () => {
  it("lists calls newest first, filters by run, and keeps each workspace's own", async () => {
    const project = await workspaceA.as("owner").project.create({ workspaceSlug: workspaceA.slug, name: "Calls" });
    const db = await getDb();
    const run = await db.run.create({
      data: { workspaceId: workspaceA.workspace.id, projectId: project.id, number: 1, workflowRef: "template:test", workflowName: "Test", definition: {}, task: "Task", engine: "embedded" },
    });
    const base = { workspaceId: workspaceA.workspace.id, serverName: "files", operation: "read", arguments: { path: "a.md" }, policyVersion: 1, decision: "allowed", outcome: "ok" };
    await db.toolCall.create({ data: { ...base, toolName: "list_directory", createdAt: new Date(Date.UTC(2026, 1, 1)) } });
    await db.toolCall.create({ data: { ...base, runId: run.id, toolName: "read_text_file", durationMs: 7, createdAt: new Date(Date.UTC(2026, 1, 2)) } });

    const all = await reader.call("GET", "/tools/calls?limit=1");
    expect(all.status).toBe(200);
    expect(all.body.data).toEqual([
      expect.objectContaining({ runId: run.id, toolName: "read_text_file", decision: "allowed", outcome: "ok", durationMs: 7, createdAt: "2026-02-02T00:00:00.000Z", finishedAt: null }),
    ]);
    expect(all.body.data[0]).not.toHaveProperty("run");
    const next = await reader.call("GET", `/tools/calls?limit=1&cursor=${all.body.nextCursor}`);
    expect(next.body).toEqual({ data: [expect.objectContaining({ toolName: "list_directory", runId: null })], nextCursor: null });
    expect((await reader.call("GET", `/tools/calls?runId=${run.id}`)).body.data.map((c: { toolName: string }) => c.toolName)).toEqual(["read_text_file"]);

    expect((await other.call("GET", "/tools/calls")).body).toEqual({ data: [], nextCursor: null });
    expect((await other.call("GET", `/tools/calls?runId=${run.id}`)).body).toEqual({ data: [], nextCursor: null });
  });
});

describe("isolation", () => {
  it("answers 404 for another workspace's server ids and keeps policies apart", async () => {
    const mine = await admin.call("POST", "/tools/servers", { body: { name: "private", transport: "http", url: "https://a.example.com/mcp" } });
    expect(mine.status).toBe(201);
    expect((await other.call("GET", `/tools/servers/${mine.body.id}`)).status).toBe(404);
    expect((await other.call("DELETE", `/tools/servers/${mine.body.id}`)).status).toBe(404);
    expect((await other.call("POST", `/tools/servers/${mine.body.id}/test`)).status).toBe(404);
    expect((await other.call("GET", "/tools/servers")).body).toEqual({ data: [], nextCursor: null });
    expect((await admin.call("GET", `/tools/servers/${mine.body.id}`)).status).toBe(200);

    const aPolicy = await admin.call("PUT", "/tools/policy", { body: { version: (await admin.call("GET", "/tools/policy")).body.version, document: { agents: { "*": { servers: { private: { tools: { "*": {} } } } } } } } });
    expect(aPolicy.status).toBe(200);
    expect((await other.call("GET", "/tools/policy")).body.version).toBe(0);
    // B can't name A's server in its own policy.
    const borrowed = await other.call("PUT", "/tools/policy", { body: { version: 0, document: { agents: { "*": { servers: { private: { tools: { "*": {} } } } } } } } });
    expect(borrowed.status).toBe(422);
    expect((await admin.call("GET", "/tools/policy")).body.version).toBe(aPolicy.body.version);
  });
});
