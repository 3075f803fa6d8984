import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { createTcpRedisStore, createUpstashStore } from "@/server/redis/client";
import { startUpstashRestFront } from "./testing/upstash-rest-front";
import { getSpend, monthScope, runScope } from "@/server/services/models/budget-ledger";
import { purgeExpiredCache, readCachedResponse, writeCachedResponse } from "@/server/services/models/model-cache-store";
import { getUsageSummary } from "@/server/services/models/usage-summary";
import { makeWorkspace } from "@/server/testing/fixtures";
import { countTokens } from "@/server/agents/token-count";
import { worstCaseCostOf } from "./cost";
import { startFakeLlmServer, type FakeLlmServer } from "./testing/fake-llm-server";
import { testGateway, workspaceOnFakeServer } from "./testing/gateway-harness";
import type { TModelCallResult, TModelCallSuccess } from "./types";

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const ask = (content: string) => [{ role: "user" as const, content }];
const ok = (r: TModelCallResult) => {
  expect(r.ok).toBe(true);
  return r as TModelCallSuccess;
};

describe("budgets", () => {
  it("20 parallel calls against a monthly cap never overshoot it", async () => {
    const prompt = ask("Summarise the release notes for the team in three bullet points.");
    const estimate = worstCaseCostOf("openai", "gpt-5", countTokens(prompt[0]!.content), 1_000);
    const cap = (estimate * 7 + estimate / 2) / 1_000_000; // room for exactly 7 reservations
    const ws = await workspaceOnFakeServer(fake, { tierModels: { balanced: ["openai:gpt-5"] }, monthlyBudgetUsd: cap });
    const { gateway } = testGateway();
    // Slow answers, so every reservation is made before any settles.
    fake.defaultReply = () => ({ delayMs: 400, then: { text: "three bullets", usage: { input: 30, output: 20 } } });

    const results = await Promise.all(
      Array.from({ length: 20 }, () => gateway.callModel({ workspaceId: ws.workspaceId, messages: prompt, maxOutputTokens: 1_000, cache: "bypass" })),
    );
    const answered = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(answered).toHaveLength(7);
    expect(refused).toHaveLength(13);
    expect(refused[0]).toMatchObject({ code: "BUDGET_EXCEEDED", scope: "workspace" });
    expect(fake.count("gpt-5")).toBe(7);

    const spend = await getSpend(ws.workspaceId, monthScope());
    expect(spend.reservedMicros).toBe(0);
    // 30 in × 1.25 + 20 out × 10 = 237.5 → 238 µ$ per call
    expect(spend.spentMicros).toBe(7 * 238);
    expect(spend.spentMicros).toBeLessThanOrEqual(cap * 1_000_000);
    const db = await getDb();
    expect(await db.modelCall.count({ where: { workspaceId: ws.workspaceId, status: "budget_exceeded" } })).toBe(13);
  });

  it("caps a run separately from the month, and the refusal says what would be crossed", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { balanced: ["anthropic:claude-sonnet-4-5"] }, runBudgetUsd: 0.05 });
    const { gateway } = testGateway();
    fake.defaultReply = () => ({ text: "done", usage: { input: 100, output: 50 } });
    // claude-sonnet-4-5 with 2,000 output tokens reserves ≈ $0.03: the second call would pass $0.05 only while the first is reserved,
    // so run them one after another: $0.00105 spent, then $0.03 reserved → fits; a 4,000-token call (≈$0.06) does not.
    const first = await gateway.callModel({ workspaceId: ws.workspaceId, runId: "run_1", messages: ask("a"), maxOutputTokens: 2_000 });
    expect(first.ok).toBe(true);
    const big = await gateway.callModel({ workspaceId: ws.workspaceId, runId: "run_1", messages: ask("b"), maxOutputTokens: 4_000 });
    expect(big).toMatchObject({ ok: false, code: "BUDGET_EXCEEDED", scope: "run", capUsd: 0.05 });
    if (!big.ok) expect(big.message).toMatch(/past its cap of \$0\.05/);
    // Another run has its own cap; the override on the call wins over the workspace default.
    expect((await gateway.callModel({ workspaceId: ws.workspaceId, runId: "run_2", messages: ask("c"), maxOutputTokens: 4_000, runBudgetUsd: 1 })).ok).toBe(true);
    expect((await getSpend(ws.workspaceId, runScope("run_1"))).spentMicros).toBe(1_050);
  });
});

describe("response cache", () => {
  it("serves the same request once from upstream, then from L1, then from Postgres (L3)", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const { gateway } = testGateway();
    fake.script("gpt-4.1-mini", [{ text: "cached answer", usage: { input: 1000, output: 100 } }]);
    const request = { workspaceId: ws.workspaceId, tier: "fast" as const, messages: ask("What is our deploy process?") };

    const first = ok(await gateway.callModel(request));
    const second = ok(await gateway.callModel(request));
    expect(first.cache).toEqual({ hit: false, level: null });
    expect(second).toMatchObject({ text: "cached answer", costUsd: 0, cache: { hit: true, level: "l1" } });
    gateway.deps.cache.clearLocal();
    const third = ok(await gateway.callModel(request));
    expect(third.cache).toEqual({ hit: true, level: "l3" });
    expect(fake.count("gpt-4.1-mini")).toBe(1);

    const summary = await getUsageSummary(ws.scope, { days: 7 });
    expect(summary.totals).toMatchObject({ calls: 3, cacheHits: 2 });
    // 1000 × 0.4 + 100 × 1.6 = 560 µ$ saved twice
    expect(summary.totals.savedUsd).toBeCloseTo(0.00112, 9);
    expect(summary.totals.costUsd).toBeCloseTo(0.00056, 9);
  });

  it("stops serving expired Postgres entries and purges them", async () => {
    const ws = await makeWorkspace("Expiry");
    const answer = { text: "old", provider: "openai", model: "gpt-5", usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 }, costMicros: 11 };
    await writeCachedResponse(ws.workspace.id, "k-live", answer, 3600);
    await writeCachedResponse(ws.workspace.id, "k-old", answer, 3600);
    const db = await getDb();
    await db.modelCacheEntry.updateMany({ where: { workspaceId: ws.workspace.id, key: "k-old" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readCachedResponse(ws.workspace.id, "k-old")).toBeNull();
    expect(await readCachedResponse(ws.workspace.id, "k-live")).toMatchObject({ text: "old", costMicros: 11 });
    expect(await purgeExpiredCache()).toBe(1);
    expect(await db.modelCacheEntry.count({ where: { workspaceId: ws.workspace.id } })).toBe(1);
  });

  it("uses a real Redis as L2", async () => {
    const redis = createTcpRedisStore("redis://127.0.0.1:6379");
    try {
      const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
      const writer = testGateway({ l2: redis }).gateway;
      fake.script("gpt-4.1-mini", [{ text: "from redis" }]);
      const request = { workspaceId: ws.workspaceId, tier: "fast" as const, messages: ask(`redis ${Date.now()}`) };
      ok(await writer.callModel(request));
      // A second process: empty L1, same Redis.
      const reader = testGateway({ l2: redis }).gateway;
      expect(ok(await reader.callModel(request)).cache).toEqual({ hit: true, level: "l2" });
      expect(fake.count("gpt-4.1-mini")).toBe(1);
    } finally {
      await redis.close();
    }
  });

  it("uses Upstash over its REST protocol as L2 when configured", async () => {
    const front = await startUpstashRestFront({});
    try {
      const upstash = createUpstashStore(front.url, front.token);
      const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
      fake.script("gpt-4.1-mini", [{ text: "from upstash" }]);
      const request = { workspaceId: ws.workspaceId, tier: "fast" as const, messages: ask(`upstash ${Date.now()}`) };
      ok(await testGateway({ l2: upstash }).gateway.callModel(request));
      const hit = ok(await testGateway({ l2: upstash }).gateway.callModel(request));
      expect(hit).toMatchObject({ text: "from upstash", cache: { hit: true, level: "l2" } });
      expect(fake.count("gpt-4.1-mini")).toBe(1);
    } finally {
      await front.close();
    }
  });

  it("never serves one workspace's answer to another", async () => {
    const a = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const b = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const { gateway } = testGateway();
    fake.script("gpt-4.1-mini", [{ text: "for A" }, { text: "for B" }]);
    const messages = ask("the same question");
    expect(ok(await gateway.callModel({ workspaceId: a.workspaceId, tier: "fast", messages })).text).toBe("for A");
    const other = ok(await gateway.callModel({ workspaceId: b.workspaceId, tier: "fast", messages }));
    expect(other).toMatchObject({ text: "for B", cache: { hit: false } });
    expect(fake.count("gpt-4.1-mini")).toBe(2);
  });

  it("bypasses the cache for sampled calls unless the workspace opts in", async () => {
    const ws = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const { gateway } = testGateway();
    const request = { workspaceId: ws.workspaceId, tier: "fast" as const, temperature: 0.7, messages: ask("brainstorm names") };
    ok(await gateway.callModel(request));
    ok(await gateway.callModel(request));
    expect(fake.count("gpt-4.1-mini")).toBe(2);

    const opted = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] }, cacheNonDeterministic: true });
    ok(await gateway.callModel({ ...request, workspaceId: opted.workspaceId }));
    expect(ok(await gateway.callModel({ ...request, workspaceId: opted.workspaceId })).cache.hit).toBe(true);
    expect(fake.count("gpt-4.1-mini")).toBe(3);
  });
});

describe("offline model and tenancy", () => {
  it("answers with the offline model when nothing is configured, labelled and free", async () => {
    const ws = await makeWorkspace("Offline");
    const { gateway } = testGateway();
    const r = ok(await gateway.callModel({ workspaceId: ws.workspace.id, tier: "deep", messages: ask("Plan the MVP") }));
    expect(r).toMatchObject({ provider: "offline", model: "offline-model", ref: "offline:offline-model", offline: true, costUsd: 0 });
    expect(r.text.toLowerCase()).toContain("offline model");
    expect(fake.requests).toHaveLength(0);
  });

  it("keeps usage, calls and spend inside their workspace", async () => {
    const a = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const b = await workspaceOnFakeServer(fake, { tierModels: { fast: ["openai:gpt-4.1-mini"] } });
    const { gateway } = testGateway();
    fake.defaultReply = () => ({ text: "x", usage: { input: 500, output: 500 } });
    ok(await gateway.callModel({ workspaceId: a.workspaceId, tier: "fast", runId: "run_a", messages: ask("a") }));

    const mine = await a.as("member").usage.summary({ workspaceSlug: a.slug, days: 7 });
    const theirs = await b.as("member").usage.summary({ workspaceSlug: b.slug, days: 7 });
    expect(mine.totals.calls).toBe(1);
    expect(mine.topRuns.map((r) => r.runId)).toEqual(["run_a"]);
    expect(theirs.totals.calls).toBe(0);
    expect(theirs.topRuns).toEqual([]);
    expect(await b.as("member").usage.calls({ workspaceSlug: b.slug })).toEqual([]);
    expect((await getSpend(b.workspaceId, monthScope())).spentMicros).toBe(0);
    // A member of B cannot read A's usage by naming A's slug.
    await expect(b.as("member").usage.summary({ workspaceSlug: a.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
