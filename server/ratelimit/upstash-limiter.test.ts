// What the Upstash limiter does when Redis does not answer: this instance's
// own counters take over (still limited, marked degraded), one warning is
// logged, and Redis is left alone for a while. Real sockets, no Redis needed.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenLocally, type LocalServer } from "@/server/models/testing/local-http";
import { createUpstashLimiter } from "./upstash-limiter";

const config = { prefix: "outage", tokens: 2, windowMs: 60_000 };

async function closedPortUrl(): Promise<string> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe("Upstash limiter while Redis is unreachable", () => {
  it("answers from this instance's counters when the port is closed, still refusing past the limit, and warns once", async () => {
    const warnings: string[] = [];
    const limiter = createUpstashLimiter(config, { url: await closedPortUrl(), token: "t", warn: (m) => warnings.push(m) });
    const started = Date.now();
    const results = [await limiter.limit("k"), await limiter.limit("k"), await limiter.limit("k")];
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(results.map((r) => [r.success, r.remaining, r.degraded])).toEqual([
      [true, 1, true],
      [true, 0, true],
      [false, 0, true],
    ]);
    expect(results[2]!.reset).toBeGreaterThan(started);
    expect((await limiter.getRemaining("k")).remaining).toBe(0);
    await limiter.resetUsedTokens("k");
    expect(await limiter.limit("k")).toMatchObject({ success: true, remaining: 1, degraded: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^ratelimit: Upstash Redis failed on limit for "outage" \(.+\); this instance counts on its own/);
  });

  describe("when Redis accepts connections but never answers", () => {
    let hanging: LocalServer;
    beforeAll(async () => {
      hanging = await listenLocally(() => {});
    });
    afterAll(() => hanging.close());

    it("waits at most the timeout once, then skips Redis until the retry pause is over", async () => {
      const warnings: string[] = [];
      const limiter = createUpstashLimiter(config, { url: hanging.url, token: "t", timeoutMs: 200, retryMs: 300, warn: (m) => warnings.push(m) });

      let started = Date.now();
      expect(await limiter.limit("k")).toMatchObject({ success: true, remaining: 1, degraded: true });
      const firstMs = Date.now() - started;
      expect(firstMs).toBeGreaterThanOrEqual(190);
      expect(firstMs).toBeLessThan(600);

      started = Date.now();
      expect(await limiter.limit("k")).toMatchObject({ success: true, remaining: 0, degraded: true });
      expect(Date.now() - started).toBeLessThan(50);

      await new Promise((r) => setTimeout(r, 350));
      started = Date.now();
      expect(await limiter.limit("k")).toMatchObject({ success: false, degraded: true });
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("no answer within 200 ms");
    });
  });
});
