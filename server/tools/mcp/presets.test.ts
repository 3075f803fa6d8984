import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { getPreset, listPresets, presetConfig } from "./presets";

const require = createRequire(import.meta.url);
const savedPath = process.env.PATH;

afterEach(() => {
  process.env.PATH = savedPath;
});

describe("presets", () => {
  it("lists the seven presets", () => {
    expect(listPresets().map((p) => p.id)).toEqual(["filesystem", "everything", "github", "postgres", "docker", "e2b", "fetch"]);
  });

  it("filesystem runs the installed server with this Node, rooted and started in the sandbox", () => {
    expect(getPreset("filesystem")).toMatchObject({ available: true, transport: "stdio", sandboxed: true, secrets: [] });
    expect(presetConfig("filesystem", {}, { sandboxDir: "/tmp/run-1" })).toEqual({
      transport: "stdio",
      command: process.execPath,
      args: [require.resolve("@modelcontextprotocol/server-filesystem/dist/index.js"), "/tmp/run-1"],
      env: {},
      headers: {},
      cwd: "/tmp/run-1",
    });
  });

  it("filesystem refuses to start without a sandbox", () => {
    expect(() => presetConfig("filesystem", {})).toThrow("The Filesystem preset needs the run's sandbox directory.");
  });

  it("everything runs its installed entry over stdio", () => {
    const config = presetConfig("everything", {}, { sandboxDir: "/tmp/run-1" });
    expect(config.args).toEqual([require.resolve("@modelcontextprotocol/server-everything/dist/index.js"), "stdio"]);
    expect(config.command).toBe(process.execPath);
  });

  it("github is GitHub's hosted server over HTTP with the token as a bearer header", () => {
    expect(getPreset("github")).toMatchObject({ available: true, transport: "http", url: "https://api.githubcopilot.com/mcp/", secrets: ["GITHUB_TOKEN"] });
    expect(presetConfig("github", { GITHUB_TOKEN: "github_pat_abc" })).toEqual({
      transport: "http",
      url: "https://api.githubcopilot.com/mcp/",
      args: [],
      env: {},
      headers: { Authorization: "Bearer github_pat_abc" },
    });
    expect(() => presetConfig("github", {})).toThrow("Fill GitHub token (GITHUB_TOKEN) for the GitHub preset.");
  });

  it("marks presets whose package is not installed as unavailable, with the reason, and refuses to configure them", () => {
    for (const id of ["postgres", "e2b"]) {
      const preset = getPreset(id)!;
      expect(preset.available).toBe(false);
      expect(preset.reason).toMatch(/is not installed on this server, and npx cannot fetch it at run time\.$/);
    }
    expect(getPreset("e2b")!.secrets).toEqual(["E2B_API_KEY"]);
    expect(() => presetConfig("e2b", { E2B_API_KEY: "e2b_x" })).toThrow(/^The E2B code interpreter preset cannot run here: @e2b\/mcp-server is not installed/);
  });

  it("command presets depend on the command being on PATH", () => {
    process.env.PATH = "/nonexistent-coral-bin";
    expect(getPreset("docker")).toMatchObject({ available: false, reason: "`docker` is not on this server's PATH: install the docker CLI with the MCP Toolkit plugin." });
    expect(getPreset("fetch")).toMatchObject({ available: false, reason: expect.stringContaining("mcp-server-fetch") });
  });

  it("rejects unknown presets, unknown fields and control characters", () => {
    expect(() => presetConfig("nope", {})).toThrow('There is no tool-server preset "nope".');
    expect(() => presetConfig("github", { GITHUB_TOKEN: "x", EXTRA: "y" })).toThrow("The GitHub preset has no field EXTRA.");
    expect(() => presetConfig("github", { GITHUB_TOKEN: "x\r\nX-Injected: 1" })).toThrow("GitHub token cannot contain control characters or line breaks.");
  });
});
