import { describe, expect, it } from "vitest";
import { deploymentProviders, mergeProviders, parseCompatibleModels, type TProviderConfig } from "./providers/provider-config";
import { routesFor } from "./routing";

const openai: TProviderConfig = { provider: "openai", apiKey: "sk-o", source: "deployment" };
const anthropic: TProviderConfig = { provider: "anthropic", apiKey: "sk-a", source: "workspace" };
const refs = (input: Parameters<typeof routesFor>[0]) => routesFor(input).map((r) => r.ref);

describe("routing", () => {
  it("uses only the offline model when nothing is configured", () => {
    expect(refs({ tier: "deep", providers: [] })).toEqual(["offline:offline-model"]);
  });

  it("never falls back to the offline model once a provider is configured", () => {
    expect(refs({ tier: "fast", providers: [openai] })).toEqual(["openai:gpt-5-mini", "openai:gpt-4.1-mini"]);
    expect(refs({ tier: "balanced", providers: [openai], workspaceTierModels: { balanced: ["offline:offline-model", "openai:gpt-5"] } })).toEqual([
      "openai:gpt-5",
    ]);
  });

  it("lists every configured provider's tier models, so an outage can cross providers", () => {
    expect(refs({ tier: "balanced", providers: [openai, anthropic] })).toEqual([
      "openai:gpt-5",
      "openai:gpt-4.1",
      "anthropic:claude-sonnet-4-5",
      "anthropic:claude-sonnet-4-0",
    ]);
  });

  it("prefers the workspace's own tier list and drops models of unconfigured providers", () => {
    expect(refs({ tier: "deep", providers: [anthropic], workspaceTierModels: { deep: ["openai:o3", "anthropic:claude-opus-4-1"] } })).toEqual([
      "anthropic:claude-opus-4-1",
    ]);
  });

  it("tries an explicit model first, then the tier", () => {
    expect(refs({ tier: "fast", providers: [openai], model: "openai:gpt-5" })).toEqual(["openai:gpt-5", "openai:gpt-5-mini", "openai:gpt-4.1-mini"]);
    expect(refs({ tier: "fast", providers: [openai], model: "offline:offline-model" })).toEqual(["offline:offline-model"]);
  });

  it("says clearly what is wrong with a model choice", () => {
    expect(() => routesFor({ tier: "fast", providers: [openai], model: "anthropic:claude-haiku-4-5" })).toThrow(/anthropic provider, which is not configured/);
    expect(() => routesFor({ tier: "fast", providers: [openai], model: "gpt-5" })).toThrow(/not a model reference/);
    const compatibleWithoutModels: TProviderConfig = { provider: "compatible", baseUrl: "http://x", source: "workspace" };
    expect(() => routesFor({ tier: "fast", providers: [compatibleWithoutModels] })).toThrow(/No configured provider serves the fast tier/);
  });
});

describe("provider config", () => {
  it("reads providers from env, OpenAI-compatible models per tier", () => {
    const found = deploymentProviders({ OPENAI_COMPATIBLE_BASE_URL: "http://localhost:11434/v1", OPENAI_COMPATIBLE_MODELS: "fast=llama3.2:3b,deep=qwen2.5:32b" });
    expect(found).toEqual([
      { provider: "compatible", apiKey: undefined, baseUrl: "http://localhost:11434/v1", source: "deployment", tierModels: { fast: "llama3.2:3b", deep: "qwen2.5:32b" } },
    ]);
    expect(refs({ tier: "deep", providers: found })).toEqual(["compatible:qwen2.5:32b"]);
    expect(parseCompatibleModels("llama3.1")).toEqual({ fast: "llama3.1", balanced: "llama3.1", deep: "llama3.1" });
    expect(() => parseCompatibleModels("huge=x")).toThrow(/not tier=model/);
  });

  it("lets a workspace key replace the deployment's for that provider only", () => {
    const merged = mergeProviders([openai, { provider: "anthropic", apiKey: "dep", source: "deployment" }], [{ provider: "anthropic", apiKey: "ws", source: "workspace" }]);
    expect(merged.map((p) => [p.provider, p.apiKey, p.source])).toEqual([
      ["openai", "sk-o", "deployment"],
      ["anthropic", "ws", "workspace"],
    ]);
  });
});
