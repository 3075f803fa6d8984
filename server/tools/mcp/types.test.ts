import { describe, expect, it } from "vitest";
import { ZToolServerConfig } from "./types";

const base = { id: "srv_1", workspaceId: "ws_1", name: "docs" };

describe("ZToolServerConfig", () => {
  it("fills empty args, env and headers", () => {
    expect(ZToolServerConfig.parse({ ...base, transport: "stdio", command: "node" })).toEqual({ ...base, transport: "stdio", command: "node", args: [], env: {}, headers: {} });
  });

  it("needs a command for stdio and an http(s) URL for http", () => {
    expect(ZToolServerConfig.safeParse({ ...base, transport: "stdio" }).success).toBe(false);
    expect(ZToolServerConfig.safeParse({ ...base, transport: "http" }).success).toBe(false);
    expect(ZToolServerConfig.safeParse({ ...base, transport: "http", url: "file:///etc/passwd" }).success).toBe(false);
    expect(ZToolServerConfig.safeParse({ ...base, transport: "http", url: "https://api.githubcopilot.com/mcp/" }).success).toBe(true);
  });
});
