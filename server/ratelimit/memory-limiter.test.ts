import { describe, expect, it } from "vitest";
import { createMemoryLimiter } from "./memory-limiter";
import { rateLimiterContract } from "./rate-limiter-contract";

rateLimiterContract("in-process", { make: (config) => createMemoryLimiter(config) });

describe("in-process limiter", () => {
  it("allows `tokens` hits per window, then refuses until the window slides", async () => {
    let now = 1_000_000;
    const limiter = createMemoryLimiter({ prefix: "t", tokens: 3, windowMs: 1000 }, () => now);
    expect((await limiter.limit("a")).remaining).toBe(2);
    expect((await limiter.limit("a")).remaining).toBe(1);
    expect((await limiter.limit("a")).success).toBe(true);
    const refused = await limiter.limit("a");
    expect(refused).toMatchObject({ success: false, remaining: 0, reset: 1_001_000 });
    expect((await limiter.limit("b")).success).toBe(true);
    now += 1001;
    expect((await limiter.limit("a")).success).toBe(true);
  });

  it("peeks without consuming and resets on demand", async () => {
    const limiter = createMemoryLimiter({ prefix: "t", tokens: 2, windowMs: 60_000 });
    await limiter.limit("k");
    expect((await limiter.getRemaining("k")).remaining).toBe(1);
    expect((await limiter.getRemaining("k")).remaining).toBe(1);
    await limiter.resetUsedTokens("k");
    expect((await limiter.getRemaining("k")).remaining).toBe(2);
  });
});
