// guardedToolCall against the real "everything" server: approval, redaction,
// and a server failure turned into an error result the model can read.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToolClientPool } from "@/server/tools/mcp/client-manager";
import { everythingConfig } from "@/server/tools/mcp/testing/servers";
import { guardedToolCall, type TGuardedCallInput } from "./guarded-call";
import { ZToolPolicy } from "./policy-schema";

let sandbox: string;
const pool = new ToolClientPool();

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), "coral-guarded-"));
});

afterAll(async () => {
  await pool.closeAll();
  await rm(sandbox, { recursive: true, force: true });
});

const policy = ZToolPolicy.parse({
  agents: { tester: { servers: { everything: { tools: { echo: { approval: true }, "trigger-long-running-operation": {} } } } } },
});

function input(overrides: Partial<TGuardedCallInput>): TGuardedCallInput {
  return {
    pool,
    config: everythingConfig(sandbox),
    scope: "run_guarded",
    policy,
    agentId: "tester",
    toolName: "echo",
    args: { message: "hi" },
    sandboxRoot: null,
    callsSoFar: 0,
    elapsedMs: 0,
    ...overrides,
  };
}

describe("guardedToolCall", () => {
  it("waits for approval, then calls once approved", async () => {
    const waiting = await guardedToolCall(input({}));
    expect(waiting).toMatchObject({ evaluation: { decision: "approval_required" }, result: null, failure: null });
    const approved = await guardedToolCall(input({ approved: true }));
    expect(approved).toMatchObject({ evaluation: { decision: "approval_required" }, result: { isError: false, text: "Echo: hi" }, failure: null });
  });

  it("redacts the audited arguments but sends the real ones", async () => {
    const outcome = await guardedToolCall(input({ approved: true, args: { message: "key sk-live-123456" }, secretValues: ["sk-live-123456"] }));
    expect(outcome.auditArgs).toEqual({ message: "key [redacted]" });
    expect(outcome.result?.text).toBe("Echo: key sk-live-123456");
  });

  it("turns a server timeout into an error result, bounded by the step's remaining tool time", async () => {
    const outcome = await guardedToolCall(
      input({ toolName: "trigger-long-running-operation", args: { duration: 5, steps: 5 }, elapsedMs: 120_000 - 300 }),
    );
    expect(outcome.failure).toBe("call_timeout");
    expect(outcome.result).toMatchObject({
      isError: true,
      text: 'Tool server "everything" did not answer tools/call "trigger-long-running-operation" within 300 ms.',
    });
  });
});
