import { afterEach, describe, expect, it, vi } from "vitest";
import { API_PLANS, apiKeyLimitConfig, limiterConfigs } from "./configs";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("REST API limits", () => {
  it("gives each plan its per-minute limit per key", () => {
    expect(API_PLANS.map((plan) => [plan, apiKeyLimitConfig(plan, undefined).tokens])).toEqual([
      ["self_hosted", 600],
      ["free", 60],
      ["team", 600],
      ["enterprise", 3000],
    ]);
    expect(apiKeyLimitConfig("free", undefined)).toEqual({ prefix: "api-key", tokens: 60, windowMs: 60_000 });
  });

  it("lets API_RATE_LIMIT_PER_MINUTE replace the per-key limit of every plan", () => {
    for (const plan of API_PLANS) expect(apiKeyLimitConfig(plan, 42)).toEqual({ prefix: "api-key", tokens: 42, windowMs: 60_000 });
  });

  it("limits requests without a valid key to 60 a minute per address", () => {
    expect(limiterConfigs.apiIp).toEqual({ prefix: "api-ip", tokens: 60, windowMs: 60_000 });
  });

  it("reads API_RATE_LIMIT_PER_MINUTE from the environment, and refuses a value that is not a positive integer", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "120");
    vi.resetModules();
    const configs = await import("./configs");
    expect(configs.apiKeyLimitConfig("enterprise").tokens).toBe(120);

    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "0");
    vi.resetModules();
    await expect(import("./configs")).rejects.toThrow("Invalid environment variables");
  });
});
