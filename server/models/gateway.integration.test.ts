import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { costOf, microsToUsd } from "./cost";
import { startFakeLlmServer, type FakeLlmServer } from "./testing/fake-llm-server";
import { testGateway, workspaceOnFakeServer } from "./testing/gateway-harness";
import type { TModelCallSuccess } from "./types";

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const ask = (content: string) => [{ role: "user" as const, content }];
const success = (r: unknown) => {
  expect(r).toMatchObject({ ok: true });
  return r as TModelCallSuccess;
};
const fast = { tierModels: { fast: ["openai:gpt-5-mini", "anthropic:claude-haiku-4-5"] } };

describe("model gateway against real SDKs and a local wire-format server", () => {
  it("answers, and records tokens and cost from the price table on a ModelCall row", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway } = testGateway();
    fake.script("gpt-5-mini", [{ text: "Hello from the fake", usage: { input: 1200, output: 300, cached: 200 } }]);

    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", agentId: "qa_testing", messages: ask("hi") }));
    expect(r.text).toBe("Hello from the fake");
    expect(r.ref).toBe("openai:gpt-5-mini");
    expect(r.usage).toEqual({ inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200 });
    // gpt-5-mini: 1000 × 0.25 + 200 × 0.025 + 300 × 2 = 855 µ$
    expect(r.costUsd).toBeCloseTo(0.000855, 9);
    expect(r.offline).toBe(false);

    const db = await getDb();
    const row = await db.modelCall.findUniqueOrThrow({ where: { id: r.callId } });
    expect(row).toMatchObject({ workspaceId: ws.workspaceId, agentId: "qa_testing", provider: "openai", model: "gpt-5-mini", status: "ok", inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200, cacheHit: false });
    expect(Number(row.costMicros)).toBe(855);
    expect(fake.requests[0]!.headers.authorization).toBe("Bearer sk-test-openai");
  });

  it("streams deltas from Anthropic and reports usage", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { balanced: ["anthropic:claude-sonnet-4-5"] } });
    const { gateway } = testGateway();
    fake.script("claude-sonnet-4-5", [{ chunks: ["The ", "plan ", "is ready."], usage: { input: 50, output: 6 } }]);
    const deltas: string[] = [];
    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, messages: ask("plan"), onDelta: (d) => deltas.push(d) }));
    expect(deltas).toEqual(["The ", "plan ", "is ready."]);
    expect(r.text).toBe("The plan is ready.");
    expect(r.usage).toMatchObject({ inputTokens: 50, outputTokens: 6 });
    expect(fake.requests[0]).toMatchObject({ api: "anthropic", stream: true });
    expect(r.costUsd).toBeCloseTo(microsToUsd(costOf("anthropic", "claude-sonnet-4-5", r.usage).micros), 12);
  });

  it("repairs invalid structured output once, then gives a clear failure", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway } = testGateway();
    const schema = z.object({ verdict: z.enum(["approve", "request_changes"]), issues: z.array(z.string()) });

    fake.script("gpt-5-mini", [{ text: "Looks good to me!" }, { json: { verdict: "approve", issues: [] } }]);
    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", schema, messages: ask("review") }));
    expect(r.object).toEqual({ verdict: "approve", issues: [] });
    const repair = fake.requests[1]!.body.messages as { role: string; content: unknown }[];
    expect(repair.at(-2)).toMatchObject({ role: "assistant" });
    expect(JSON.stringify(repair.at(-1))).toContain("did not match the required JSON schema");
    const db = await getDb();
    const rows = await db.modelCall.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((x) => [x.purpose, x.status])).toEqual([["agent", "error"], ["repair", "ok"]]);

    fake.script("gpt-5-mini", [{ json: { verdict: "maybe" } }, { text: "still no" }]);
    const failed = await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", schema, messages: ask("review again") }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
    expect(failed).toMatchObject({ code: "MODEL_OUTPUT_INVALID" });
  });

  it("waits as long as Retry-After says on a 429, then succeeds", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway, sleeps } = testGateway();
    fake.script("gpt-5-mini", [{ status: 429, headers: { "retry-after": "1" } }, { text: "after the wait" }]);
    const started = Date.now();
    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("x") }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(sleeps).toEqual([1000]);
    expect(r.text).toBe("after the wait");
    expect(r.attempts.map((a) => [a.ref, a.outcome, a.failure ?? null, a.httpStatus ?? null, a.waitedMs])).toEqual([
      ["openai:gpt-5-mini", "failed", "rate_limited", 429, 0],
      ["openai:gpt-5-mini", "ok", null, null, 1000],
    ]);
  });

  it("retries a 500 with backoff, and a timeout", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway, sleeps } = testGateway();
    fake.script("gpt-5-mini", [{ status: 500 }, { delayMs: 3_000, then: { text: "too late" } }, { text: "third time" }]);
    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("x"), timeoutMs: 300 }));
    expect(r.text).toBe("third time");
    expect(r.attempts.map((a) => a.failure ?? a.outcome)).toEqual(["server_error", "timeout", "ok"]);
    expect(sleeps).toHaveLength(2);
    for (const [i, ms] of sleeps.entries()) expect(ms).toBeLessThanOrEqual(5 * 2 ** i);
  });

  it("falls back to the next model in the tier when one keeps failing", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway } = testGateway();
    fake.script("gpt-5-mini", [{ status: 503 }, { status: 503 }, { status: 503 }]);
    fake.script("claude-haiku-4-5", [{ text: "Anthropic to the rescue", usage: { input: 10, output: 4 } }]);
    const r = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("x") }));
    expect(r.ref).toBe("anthropic:claude-haiku-4-5");
    expect(r.attempts.map((a) => [a.ref, a.outcome, a.fallback ?? null])).toEqual([
      ["openai:gpt-5-mini", "failed", null],
      ["openai:gpt-5-mini", "failed", null],
      ["openai:gpt-5-mini", "failed", "retries exhausted"],
      ["anthropic:claude-haiku-4-5", "ok", null],
    ]);
  });

  it("opens a model's circuit after repeated failures, skips it, and half-opens after the cool-down", async () => {
    const ws = await workspaceOnFakeServer(fake, fast);
    const { gateway } = testGateway({ threshold: 2, coolDownMs: 400 });
    fake.script("gpt-5-mini", [{ status: 500 }, { status: 500 }]);
    const first = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("1") }));
    expect(first.attempts.map((a) => a.fallback ?? a.outcome)).toEqual(["failed", "circuit opened", "ok"]);
    expect(gateway.deps.breakers.state("openai:gpt-5-mini")).toBe("open");

    const second = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("2") }));
    expect(second.attempts[0]).toMatchObject({ ref: "openai:gpt-5-mini", outcome: "skipped", fallback: "circuit open" });
    expect(fake.count("gpt-5-mini")).toBe(2);

    await new Promise((r) => setTimeout(r, 450));
    expect(gateway.deps.breakers.state("openai:gpt-5-mini")).toBe("half_open");
    fake.script("gpt-5-mini", [{ text: "recovered" }]);
    const third = success(await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("3") }));
    expect(third.ref).toBe("openai:gpt-5-mini");
    expect(gateway.deps.breakers.state("openai:gpt-5-mini")).toBe("closed");
  });

  it("gives up with the reasons when no model can answer, and does not retry a 400", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-5-mini"] } });
    const { gateway } = testGateway();
    fake.script("gpt-5-mini", [{ status: 500 }, { status: 500 }, { status: 500 }]);
    const down = await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("x") }).catch((e: unknown) => e);
    expect(down).toMatchObject({ code: "MODEL_UNAVAILABLE" });
    expect((down as AppError).message).toMatch(/openai:gpt-5-mini: .*\(×3\)/);

    fake.script("gpt-5-mini", [{ status: 400, body: { error: { message: "context too long", type: "invalid_request_error" } } }]);
    const rejected = await gateway.callModel({ workspaceId: ws.workspaceId, tier: "fast", messages: ask("y") }).catch((e: unknown) => e);
    expect(rejected).toMatchObject({ code: "MODEL_REJECTED" });
    expect((rejected as AppError).message).toContain("context too long");
    expect(fake.count("gpt-5-mini")).toBe(4);
  });
});
