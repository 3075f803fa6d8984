// A streamable HTTP MCP server started in-process on 127.0.0.1 (McpServer, one
// tool), reached through the http transport with an Authorization header.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { listServerTools, ToolClientPool } from "./client-manager";
import { ToolSession } from "./session";
import { startHttpTestServer, type THttpTestServer } from "./testing/servers";
import type { TToolServerConfig } from "./types";

const token = "test-token-0123456789";
let server: THttpTestServer;

beforeAll(async () => {
  server = await startHttpTestServer(token);
});

afterAll(async () => {
  await server.close();
});

const config = (headers: Record<string, string>): TToolServerConfig => ({
  id: "srv_http",
  workspaceId: "ws_1",
  name: "remote",
  transport: "http",
  url: server.url,
  args: [],
  env: {},
  headers,
});

describe("streamable HTTP server", () => {
  it("lists the tool and calls it, sending the configured header", async () => {
    const { tools, hash } = await listServerTools(config({ Authorization: `Bearer ${token}` }));
    expect(tools).toEqual([
      {
        name: "whoami",
        description: "Says which credentials reached the server",
        inputSchema: expect.objectContaining({ type: "object", properties: { greeting: { type: "string" } }, required: ["greeting"] }),
        annotations: { readOnlyHint: true },
      },
    ]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const session = await ToolSession.open(config({ Authorization: `Bearer ${token}` }));
    try {
      expect(session.pid).toBeNull();
      expect((await session.callTool("whoami", { greeting: "hello" })).text).toBe(`hello, Bearer ${token}`);
    } finally {
      await session.close();
    }
    expect(session.alive).toBe(false);
  });

  it("works through the pool", async () => {
    const pool = new ToolClientPool();
    try {
      const result = await pool.callTool(config({ Authorization: `Bearer ${token}` }), "whoami", { greeting: "hi" }, { scope: "run" });
      expect(result).toMatchObject({ isError: false, text: `hi, Bearer ${token}` });
    } finally {
      await pool.closeScope("run");
    }
  });

  it("fails to connect without the header, naming the server and not leaking the token", async () => {
    const error = await ToolSession.open(config({ Authorization: "Bearer wrong-token-value" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Tool server "remote" could not connect: it answered HTTP 401 (check its credentials).');
    expect((error as AppError).message).not.toContain("wrong-token-value");
  });

  it("fails fast with a clear error when nothing listens", async () => {
    // A port that was just free.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const error = await ToolSession.open({ ...config({}), url: `http://127.0.0.1:${port}/mcp` }, { connectTimeoutMs: 2_000 }).catch((e: unknown) => e);
    expect((error as AppError).message).toBe('Tool server "remote" could not connect: fetch failed (ECONNREFUSED).');
  });
});
