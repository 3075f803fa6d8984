import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TToolDescriptor } from "@/server/tools/mcp/types";
import { checkResultSize, evaluateToolCall, globMatcher, type TToolCallContext } from "./evaluate";
import { ZToolPolicy, type TToolPolicyInput } from "./policy-schema";

let root: string;
let realRoot: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "coral-eval-"));
  realRoot = await realpath(root);
  await mkdir(path.join(root, "src/a"), { recursive: true });
  await writeFile(path.join(root, "src/a/b.ts"), "export {};\n");
  await symlink("/etc", path.join(root, "src/etc-link"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const tools: Record<string, TToolDescriptor> = {
  read_file: { name: "read_file", description: "", inputSchema: {}, annotations: { readOnlyHint: true } },
  list_directory: { name: "list_directory", description: "", inputSchema: {}, annotations: { readOnlyHint: true } },
  write_file: { name: "write_file", description: "", inputSchema: {}, annotations: { readOnlyHint: false, destructiveHint: true } },
  move_file: { name: "move_file", description: "", inputSchema: {}, annotations: { readOnlyHint: false, destructiveHint: true } },
  run_tests: { name: "run_tests", description: "", inputSchema: {} },
};

function call(policy: TToolPolicyInput, overrides: Partial<Omit<TToolCallContext, "policy">> & { tool?: TToolDescriptor } = {}) {
  return evaluateToolCall({
    policy: ZToolPolicy.parse(policy),
    agentId: "backend_developer",
    stepId: null,
    serverName: "filesystem",
    tool: tools.read_file!,
    args: { path: "src/a/b.ts" },
    sandboxRoot: root,
    callsSoFar: 0,
    elapsedMs: 0,
    ...overrides,
  });
}

const readOnlyDev: TToolPolicyInput = {
  agents: { backend_developer: { servers: { filesystem: { tools: { read_file: {}, list_directory: {} } } } } },
};

describe("evaluateToolCall: rules", () => {
  it("denies everything under the empty document", async () => {
    const result = await call({});
    expect(result.decision).toBe("denied");
    expect(result.reason).toBe("the policy does not allow backend_developer to use read_file on filesystem; allowed: none");
    expect(result.rule).toBeNull();
  });

  it("denies a tool the agent's rule does not name, listing what it may use", async () => {
    const result = await call(readOnlyDev, { tool: tools.write_file, args: { path: "src/x.ts", content: "x" } });
    expect(result).toMatchObject({
      decision: "denied",
      operation: "write",
      reason: "the policy does not allow backend_developer to use write_file on filesystem; allowed: list_directory, read_file",
    });
  });

  it("allows a named tool and returns the checked path and rewritten arguments", async () => {
    const result = await call(readOnlyDev);
    expect(result).toEqual({
      decision: "allowed",
      reason: "allowed by agents.backend_developer.servers.filesystem.tools.read_file",
      operation: "read",
      paths: ["src/a/b.ts"],
      args: { path: path.join(realRoot, "src/a/b.ts") },
      rule: "agents.backend_developer.servers.filesystem.tools.read_file",
      limits: { callsPerStep: 20, wallTimeMs: 120_000, resultBytes: 262_144 },
    });
  });

  it("does not give one server's rule to another server", async () => {
    const result = await call(readOnlyDev, { serverName: "github", sandboxRoot: null, args: {} });
    expect(result.decision).toBe("denied");
    expect(result.reason).toContain("on github; allowed: none");
  });

  it("applies the '*' agent rule to agents without their own", async () => {
    const policy: TToolPolicyInput = { agents: { "*": { servers: { filesystem: { tools: { read_file: {} } } } } } };
    expect((await call(policy, { agentId: "reviewer" })).rule).toBe("agents.*.servers.filesystem.tools.read_file");
  });

  it("prefers the most specific rule: (agent, tool) > (agent, *) > (*, tool) > (*, *)", async () => {
    const policy: TToolPolicyInput = {
      agents: {
        "*": { servers: { filesystem: { tools: { "*": { operations: ["read"] }, write_file: { approval: true } } } } },
        backend_developer: { servers: { filesystem: { tools: { "*": { operations: ["read", "write"], paths: ["src/**"] }, write_file: {} } } } },
      },
    };
    const write = { tool: tools.write_file, args: { path: "docs/x.md", content: "x" } };
    expect(await call(policy, write)).toMatchObject({ decision: "allowed", rule: "agents.backend_developer.servers.filesystem.tools.write_file" });
    expect(await call(policy, { tool: tools.move_file, args: { source: "src/a/b.ts", destination: "src/a/c.ts" } })).toMatchObject({
      decision: "allowed",
      rule: "agents.backend_developer.servers.filesystem.tools.*",
    });
    expect(await call(policy, { ...write, agentId: "reviewer" })).toMatchObject({ decision: "approval_required", rule: "agents.*.servers.filesystem.tools.write_file" });
    expect(await call(policy, { tool: tools.move_file, agentId: "reviewer", args: { source: "a", destination: "b" } })).toMatchObject({
      decision: "denied",
      rule: "agents.*.servers.filesystem.tools.*",
    });
  });

  it("a step rule replaces the agent rule for that step only", async () => {
    const policy: TToolPolicyInput = {
      ...readOnlyDev,
      steps: { "write-code": { servers: { filesystem: { tools: { write_file: { paths: ["src/**"] } } } }, limits: { callsPerStep: 5 } } },
    };
    const inStep = await call(policy, { stepId: "write-code" });
    expect(inStep.decision).toBe("denied");
    expect(inStep.reason).toBe("the policy does not allow backend_developer to use read_file on filesystem in step write-code; allowed: write_file");
    expect(await call(policy, { stepId: "write-code", tool: tools.write_file, args: { path: "src/new.ts", content: "" } })).toMatchObject({
      decision: "allowed",
      rule: "steps.write-code.servers.filesystem.tools.write_file",
      limits: { callsPerStep: 5, wallTimeMs: 120_000, resultBytes: 262_144 },
    });
    expect((await call(policy, { stepId: "review" })).decision).toBe("allowed");
  });

  it("is not fooled by agent, step, server or tool ids that name Object.prototype members", async () => {
    for (const overrides of [{ agentId: "constructor" }, { agentId: "__proto__" }, { serverName: "hasOwnProperty", sandboxRoot: null }]) {
      expect((await call(readOnlyDev, overrides)).decision).toBe("denied");
    }
    // No step rule called "toString": the agent's own rule applies.
    expect((await call(readOnlyDev, { stepId: "toString" })).rule).toBe("agents.backend_developer.servers.filesystem.tools.read_file");
    const result = await call(readOnlyDev, { tool: { name: "constructor", description: "", inputSchema: {} } });
    expect(result).toMatchObject({ decision: "denied", operation: "execute" });
  });
});

describe("evaluateToolCall: operations, approval, limits", () => {
  it("denies an operation the rule does not list, naming both", async () => {
    const policy: TToolPolicyInput = { agents: { backend_developer: { servers: { filesystem: { tools: { "*": { operations: ["read"] } } } } } } };
    const result = await call(policy, { tool: tools.write_file, args: { path: "src/x.ts" } });
    expect(result.reason).toBe(
      "the policy allows backend_developer to use write_file on filesystem only for read operations, and write_file is a write operation (agents.backend_developer.servers.filesystem.tools.*)",
    );
    expect((await call(policy, { tool: tools.run_tests, args: {} })).operation).toBe("execute");
    expect((await call(policy, { tool: tools.run_tests, args: {} })).decision).toBe("denied");
  });

  it("uses the policy's operation overrides", async () => {
    const policy: TToolPolicyInput = {
      agents: { backend_developer: { servers: { filesystem: { tools: { run_tests: { operations: ["read"] } } } } } },
      operationOverrides: { filesystem: { run_tests: "read" } },
    };
    expect(await call(policy, { tool: tools.run_tests, args: {} })).toMatchObject({ decision: "allowed", operation: "read" });
  });

  it("asks for approval when the rule says so, after the other checks pass", async () => {
    const policy: TToolPolicyInput = { agents: { backend_developer: { servers: { filesystem: { tools: { write_file: { approval: true, paths: ["src/**"] } } } } } } };
    expect(await call(policy, { tool: tools.write_file, args: { path: "src/x.ts" } })).toMatchObject({
      decision: "approval_required",
      reason: "write_file on filesystem needs a person's approval for backend_developer (agents.backend_developer.servers.filesystem.tools.write_file)",
      paths: ["src/x.ts"],
    });
    expect((await call(policy, { tool: tools.write_file, args: { path: "README.md" } })).decision).toBe("denied");
  });

  it("denies once the step's call count or tool time is used up", async () => {
    const limited: TToolPolicyInput = { agents: { backend_developer: { ...readOnlyDev.agents!.backend_developer!, limits: { callsPerStep: 3, wallTimeMs: 5_000 } } } };
    expect((await call(limited, { callsSoFar: 2 })).decision).toBe("allowed");
    expect((await call(limited, { callsSoFar: 3 })).reason).toBe("backend_developer has made the 3 tool calls allowed per step; finish the step with what you have");
    expect((await call(limited, { elapsedMs: 5_000 })).reason).toBe("the step's tool time of 5 s is used up; finish the step with what you have");
    expect((await call(readOnlyDev, { callsSoFar: 20 })).decision).toBe("denied");
    expect((await call(readOnlyDev, { callsSoFar: 19 })).decision).toBe("allowed");
  });
});

describe("evaluateToolCall: paths", () => {
  const scoped: TToolPolicyInput = {
    agents: { backend_developer: { servers: { filesystem: { tools: { read_file: { paths: ["src/**", "docs/*.md"] }, write_file: {}, move_file: { paths: ["src/**"] } } } } } },
  };

  it.each([
    ["../secrets", "leaves the sandbox"],
    ["src/../../etc/passwd", "leaves the sandbox"],
    ["/etc/passwd", "is outside the sandbox"],
    ["%2e%2e/etc/passwd", "leaves the sandbox"],
    ["%252e%252e/etc/passwd", "leaves the sandbox"],
    ["src\\..\\..\\x", "leaves the sandbox"],
    ["\uFF0E\uFF0E/etc/passwd", "looks like a dot or a slash"],
    ["src/a/b.ts\0", "contains a NUL byte"],
    ["src/etc-link/passwd", "leads outside the sandbox through a symlink"],
  ])("refuses %j before anything is called", async (raw, why) => {
    const result = await call(scoped, { args: { path: raw } });
    expect(result.decision).toBe("denied");
    expect(result.reason).toContain(why);
    expect(result.reason).toContain("path argument path");
  });

  it("even a rule without path globs keeps paths inside the sandbox", async () => {
    const result = await call(scoped, { tool: tools.write_file, args: { path: "../escape.txt", content: "x" } });
    expect(result.reason).toBe('path argument path ("../escape.txt") leaves the sandbox; use a path relative to the sandbox root');
  });

  it("requires every path argument to match a glob", async () => {
    expect((await call(scoped, { args: { path: "docs/guide.md" } })).decision).toBe("allowed");
    const outside = await call(scoped, { args: { path: "package.json" } });
    expect(outside.reason).toBe("path package.json (argument path) is outside what the policy allows backend_developer to read_file on filesystem: src/**, docs/*.md");
    const move = await call(scoped, { tool: tools.move_file, args: { source: "src/a/b.ts", destination: "lib/b.ts" } });
    expect(move.reason).toContain("path lib/b.ts (argument destination)");
  });

  it("matches dot files only when the glob names them", async () => {
    const policy: TToolPolicyInput = { agents: { backend_developer: { servers: { filesystem: { tools: { read_file: { paths: ["**"] } } } } } } };
    expect((await call(policy, { args: { path: "src/a/b.ts" } })).decision).toBe("allowed");
    expect((await call(policy, { args: { path: ".env" } })).decision).toBe("denied");
    expect((await call(policy, { args: { path: "src/.secrets/key" } })).decision).toBe("denied");
    const withGithub: TToolPolicyInput = { agents: { backend_developer: { servers: { filesystem: { tools: { read_file: { paths: [".github/**"] } } } } } } };
    expect((await call(withGithub, { args: { path: ".github/workflows/ci.yml" } })).decision).toBe("allowed");
  });

  it("refuses non-string path values", async () => {
    expect((await call(readOnlyDev, { args: { path: ["src/a/b.ts", 3] } })).reason).toContain("path argument path[1] (3) is not a string");
  });

  it("checks nothing on servers without a sandbox, unless the rule has globs", async () => {
    const policy: TToolPolicyInput = { agents: { backend_developer: { servers: { github: { tools: { get_file_contents: {}, create_file: { paths: ["src/**"] } } } } } } };
    const read = await call(policy, { serverName: "github", sandboxRoot: null, tool: { name: "get_file_contents", description: "", inputSchema: {} }, args: { path: "/README.md" } });
    expect(read).toMatchObject({ decision: "allowed", paths: [], args: { path: "/README.md" } });
    const write = await call(policy, { serverName: "github", sandboxRoot: null, tool: { name: "create_file", description: "", inputSchema: {} }, args: { path: "src/x" } });
    expect(write.reason).toBe("the policy limits the paths create_file on github may touch, but github has no sandbox to check them against");
  });
});

describe("globMatcher", () => {
  it("allows the root only for ** or .", () => {
    expect(globMatcher(["**"])(".")).toBe(true);
    expect(globMatcher(["src/**"])(".")).toBe(false);
    expect(globMatcher(["./src/**"])("src/a/b.ts")).toBe(true);
    expect(globMatcher(["src/**"])("src")).toBe(true);
  });
});

describe("checkResultSize", () => {
  it("passes results up to the limit and explains one over it", () => {
    expect(checkResultSize({ bytes: 1024 }, { resultBytes: 1024 })).toEqual({ ok: true });
    expect(checkResultSize({ bytes: 300 * 1024 }, { resultBytes: 256 * 1024 })).toEqual({
      ok: false,
      reason: "the result is 300 KiB, over the policy's limit of 256 KiB; ask for less (a narrower path, a range, a filter)",
    });
  });
});
