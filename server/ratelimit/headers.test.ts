import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./headers";

const now = 1_700_000_000_000;

describe("rateLimitHeaders", () => {
  it("gives limit, remaining and whole seconds until reset on an allowed request, without Retry-After", () => {
    expect(rateLimitHeaders({ success: true, limit: 600, remaining: 599, reset: now + 59_200 }, now)).toEqual({
      "RateLimit-Limit": "600",
      "RateLimit-Remaining": "599",
      "RateLimit-Reset": "60",
    });
  });

  it("adds Retry-After on a refusal, equal to the reset", () => {
    expect(rateLimitHeaders({ success: false, limit: 60, remaining: 0, reset: now + 12_001 }, now)).toEqual({
      "RateLimit-Limit": "60",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "13",
      "Retry-After": "13",
    });
  });

  it("never goes below zero, and never tells a refused client to retry after 0 s", () => {
    const late = rateLimitHeaders({ success: false, limit: 5, remaining: -1, reset: now - 500 }, now);
    expect(late).toEqual({ "RateLimit-Limit": "5", "RateLimit-Remaining": "0", "RateLimit-Reset": "0", "Retry-After": "1" });
  });

  it("reads the clock when no time is given", () => {
    const headers = rateLimitHeaders({ success: true, limit: 10, remaining: 9, reset: Date.now() + 30_000 });
    expect(Number(headers["RateLimit-Reset"])).toBeGreaterThanOrEqual(29);
    expect(Number(headers["RateLimit-Reset"])).toBeLessThanOrEqual(30);
  });
});
