// The behaviour every TRateLimiter must show, as a vitest suite that each
// adapter's test registers: `rateLimiterContract("upstash", make)`. Importing
// this file registers nothing; calling the function does.
//
// `make(config)` builds a limiter for the config (called several times per
// test, with prefixes unique to the run); `cleanup` runs after the suite.
// Windows are an hour long except in the sliding test, so a test never
// straddles the fixed window boundary Upstash's sliding window counts from.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { TRateLimitConfig, TRateLimiter } from "./types";

export type TRateLimiterHarness = {
  make(config: TRateLimitConfig): TRateLimiter;
  cleanup?(): Promise<void>;
};

const HOUR = 60 * 60 * 1000;

export function rateLimiterContract(name: string, harness: TRateLimiterHarness): void {
  const run = randomUUID();
  const config = (label: string, tokens = 3, windowMs = HOUR): TRateLimitConfig => ({ prefix: `test-${run}-${label}`, tokens, windowMs });
  afterAll(() => harness.cleanup?.());

  describe(`rate limiter contract: ${name}`, () => {
    it("allows `tokens` hits, then refuses with nothing remaining and a reset inside the window", async () => {
      const limiter = harness.make(config("exhaust"));
      const before = Date.now();
      const allowed = [await limiter.limit("k"), await limiter.limit("k"), await limiter.limit("k")];
      expect(allowed.map((r) => [r.success, r.limit, r.remaining])).toEqual([
        [true, 3, 2],
        [true, 3, 1],
        [true, 3, 0],
      ]);
      const refused = await limiter.limit("k");
      const after = Date.now();
      expect(refused).toMatchObject({ success: false, limit: 3, remaining: 0 });
      expect(refused.degraded).toBeUndefined();
      for (const r of [...allowed, refused]) {
        expect(r.reset).toBeGreaterThan(before);
        expect(r.reset).toBeLessThanOrEqual(after + HOUR);
      }
      // Refused hits are not counted: still refused, still nothing left.
      expect(await limiter.limit("k")).toMatchObject({ success: false, remaining: 0 });
      expect((await limiter.getRemaining("k")).remaining).toBe(0);
    });

    it("counts every key on its own", async () => {
      const limiter = harness.make(config("keys", 2));
      await limiter.limit("alice");
      await limiter.limit("alice");
      expect((await limiter.limit("alice")).success).toBe(false);
      expect(await limiter.limit("bob")).toMatchObject({ success: true, remaining: 1 });
      expect((await limiter.getRemaining("carol")).remaining).toBe(2);
    });

    it("keeps limiters with different prefixes apart for the same key", async () => {
      const first = harness.make(config("prefix-a", 2));
      const second = harness.make(config("prefix-b", 2));
      await first.limit("same");
      await first.limit("same");
      expect((await first.limit("same")).success).toBe(false);
      expect(await second.limit("same")).toMatchObject({ success: true, remaining: 1 });
    });

    it("peeks without consuming", async () => {
      const limiter = harness.make(config("peek"));
      await limiter.limit("k");
      expect((await limiter.getRemaining("k")).remaining).toBe(2);
      expect((await limiter.getRemaining("k")).remaining).toBe(2);
      expect((await limiter.limit("k")).remaining).toBe(1);
    });

    it("gives a reset key its whole allowance back and leaves other keys alone", async () => {
      const limiter = harness.make(config("reset", 2));
      for (const key of ["k", "k", "k", "other"]) await limiter.limit(key);
      await limiter.resetUsedTokens("k");
      expect((await limiter.getRemaining("k")).remaining).toBe(2);
      expect(await limiter.limit("k")).toMatchObject({ success: true, remaining: 1 });
      expect((await limiter.getRemaining("other")).remaining).toBe(1);
    });

    it("admits exactly `tokens` of many parallel hits", async () => {
      const limiter = harness.make(config("parallel", 5));
      const results = await Promise.all(Array.from({ length: 20 }, () => limiter.limit("k")));
      expect(results.filter((r) => r.success)).toHaveLength(5);
      expect(results.filter((r) => !r.success)).toHaveLength(15);
    });

    it("allows again once the window has passed", async () => {
      const limiter = harness.make(config("slide", 2, 300));
      for (let i = 0; i < 3; i++) await limiter.limit("k");
      // Two windows later nothing of the burst is counted, fixed or sliding.
      await new Promise((r) => setTimeout(r, 700));
      expect(await limiter.limit("k")).toMatchObject({ success: true, limit: 2, remaining: 1 });
    });
  });
}
