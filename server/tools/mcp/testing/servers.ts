// Test helpers for the MCP layer: configs for the installed reference servers,
// a tiny streamable HTTP server in-process, and process checks (is this pid
// gone, and not left as a zombie?).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { presetConfig } from "../presets";
import type { TToolServerConfig } from "../types";

export function filesystemConfig(sandboxDir: string, overrides: Partial<TToolServerConfig> = {}): TToolServerConfig {
  return { id: "srv_fs", workspaceId: "ws_1", name: "filesystem", ...presetConfig("filesystem", {}, { sandboxDir }), ...overrides };
}

export function everythingConfig(sandboxDir: string, overrides: Partial<TToolServerConfig> = {}): TToolServerConfig {
  return { id: "srv_everything", workspaceId: "ws_1", name: "everything", ...presetConfig("everything", {}, { sandboxDir }), ...overrides };
}

/** A stdio "server" that is just a Node one-liner (never answers, crashes, prints…). */
export function scriptConfig(script: string, overrides: Partial<TToolServerConfig> = {}): TToolServerConfig {
  return { id: "srv_script", workspaceId: "ws_1", name: "script", transport: "stdio", command: process.execPath, args: ["-e", script], env: {}, headers: {}, ...overrides };
}

/** True once the process is gone; a zombie (exited, not reaped) counts as still there. */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
  return false;
}

/** The /proc state letter (Linux), e.g. "S" or "Z"; null when there is no such process. */
export function processState(pid: number): string | null {
  try {
    return /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export type THttpTestServer = { url: string; requests: number; close: () => Promise<void> };

/**
 * A stateless streamable HTTP MCP server on 127.0.0.1 with one tool, `whoami`,
 * answering with the Authorization header it received. Requests without
 * `Bearer <token>` get 401.
 */
export async function startHttpTestServer(token: string): Promise<THttpTestServer> {
  const state = { requests: 0 };
  const server: Server = createServer(async (req, res) => {
    state.requests++;
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "unauthorized" }));
      return;
    }
    const mcp = new McpServer({ name: "coral-test-http", version: "1.0.0" });
    mcp.registerTool(
      "whoami",
      { description: "Says which credentials reached the server", inputSchema: { greeting: z.string() }, annotations: { readOnlyHint: true } },
      async ({ greeting }, extra) => ({
        content: [{ type: "text", text: `${greeting}, ${String(extra.requestInfo?.headers.authorization)}` }],
      }),
    );
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void mcp.close();
    });
    await mcp.connect(transport);
    await transport.handleRequest(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
