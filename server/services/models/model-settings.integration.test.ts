import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";

describe("model settings and provider keys", () => {
  it("stores a key encrypted, shows only its last four characters, and never returns it", async () => {
    const { as, slug, workspace } = await makeWorkspace();
    const saved = await as("admin").models.setCredential({ workspaceSlug: slug, provider: "openai", apiKey: "sk-proj-abcdefgh1234WXYZ" });
    expect(saved).toEqual({ provider: "openai", keyHint: "WXYZ", baseUrl: null, updatedAt: expect.any(Date) });

    const overview = await as("member").models.overview({ workspaceSlug: slug });
    expect(JSON.stringify(overview)).not.toContain("sk-proj");
    expect(overview.offline).toBe(false);
    expect(overview.providers.find((p) => p.provider === "openai")).toMatchObject({ configured: true, source: "workspace", credential: { keyHint: "WXYZ" } });
    expect(overview.tiers.find((t) => t.tier === "fast")!.models.map((m) => m.ref)).toEqual(["openai:gpt-5-mini", "openai:gpt-4.1-mini"]);
    expect(overview.tiers[0]!.models[0]!.price).toMatchObject({ input: 0.25, output: 2 });

    const db = await getDb();
    const row = await db.providerCredential.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(row.encryptedKey).not.toContain("abcdefgh");
    expect(row.encryptedKey?.startsWith("v1.")).toBe(true);

    // Changing only the base URL keeps the saved key.
    const moved = await as("admin").models.setCredential({ workspaceSlug: slug, provider: "openai", baseUrl: "https://proxy.example.com/v1" });
    expect(moved).toMatchObject({ keyHint: "WXYZ", baseUrl: "https://proxy.example.com/v1" });
    await as("admin").models.removeCredential({ workspaceSlug: slug, provider: "openai" });
    expect((await as("member").models.overview({ workspaceSlug: slug })).offline).toBe(true);
  });

  it("lets admins change settings, members read them, and viewers neither", async () => {
    const { as, slug } = await makeWorkspace();
    await expect(as("member").models.setCredential({ workspaceSlug: slug, provider: "anthropic", apiKey: "sk-ant-12345678" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("member").models.updateSettings({ workspaceSlug: slug, monthlyBudgetUsd: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("viewer").models.overview({ workspaceSlug: slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("viewer").usage.summary({ workspaceSlug: slug })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const settings = await as("admin").models.updateSettings({
      workspaceSlug: slug,
      monthlyBudgetUsd: 250,
      runBudgetUsd: 2.5,
      cacheTtlSeconds: 3600,
      tierModels: { deep: ["anthropic:claude-opus-4-5"], fast: [] },
    });
    expect(settings).toEqual({ tierModels: { deep: ["anthropic:claude-opus-4-5"] }, monthlyBudgetUsd: 250, runBudgetUsd: 2.5, cacheTtlSeconds: 3600, cacheNonDeterministic: false });
    const cleared = await as("owner").models.updateSettings({ workspaceSlug: slug, monthlyBudgetUsd: null });
    expect(cleared).toMatchObject({ monthlyBudgetUsd: null, runBudgetUsd: 2.5 });
    // One tier at a time: the others keep their lists; [] resets a tier to the defaults.
    const fastOnly = await as("admin").models.updateSettings({ workspaceSlug: slug, tierModels: { fast: ["openai:gpt-5-nano"] } });
    expect(fastOnly.tierModels).toEqual({ deep: ["anthropic:claude-opus-4-5"], fast: ["openai:gpt-5-nano"] });
    expect((await as("admin").models.updateSettings({ workspaceSlug: slug, tierModels: { deep: [] } })).tierModels).toEqual({ fast: ["openai:gpt-5-nano"] });
  });

  it("explains bad input instead of failing", async () => {
    const { as, slug } = await makeWorkspace();
    await expect(as("admin").models.updateSettings({ workspaceSlug: slug, tierModels: { fast: ["gpt-5"] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("write provider:model"),
    });
    await expect(as("admin").models.updateSettings({ workspaceSlug: slug, monthlyBudgetUsd: -1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("must be zero or more"),
    });
    await expect(as("admin").models.setCredential({ workspaceSlug: slug, provider: "compatible" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("needs its base URL"),
    });
    await expect(as("admin").models.setCredential({ workspaceSlug: slug, provider: "openai" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "OpenAI and Anthropic need an API key." });
    await expect(as("admin").models.removeCredential({ workspaceSlug: slug, provider: "anthropic" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps another workspace's keys and settings out of reach", async () => {
    const a = await makeWorkspace("Alpha");
    const b = await makeWorkspace("Beta");
    await a.as("admin").models.setCredential({ workspaceSlug: a.slug, provider: "anthropic", apiKey: "sk-ant-secret-AAAA" });
    await expect(b.as("owner").models.overview({ workspaceSlug: a.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.as("owner").models.removeCredential({ workspaceSlug: a.slug, provider: "anthropic" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await b.as("owner").models.overview({ workspaceSlug: b.slug })).offline).toBe(true);
    expect((await a.as("member").models.overview({ workspaceSlug: a.slug })).providers.find((p) => p.provider === "anthropic")?.credential?.keyHint).toBe("AAAA");
  });

  it("tests the route a tier would use, here the labelled offline model", async () => {
    const { as, slug } = await makeWorkspace();
    const result = await as("admin").models.test({ workspaceSlug: slug, tier: "fast" });
    expect(result).toMatchObject({ ok: true, ref: "offline:offline-model", offline: true, costUsd: 0 });
    const calls = await as("member").usage.calls({ workspaceSlug: slug });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ purpose: "test", provider: "offline", offline: true, status: "ok" });
  });
});
