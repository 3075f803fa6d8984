// The Upstash adapter against the machine's real Redis, through the test-only
// Upstash REST front: the shared contract, what only a shared store can do
// (two instances, one count), what lands in Redis, and recovery after an outage.
import { randomUUID } from "node:crypto";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenLocally, readBody, type LocalServer } from "@/server/models/testing/local-http";
import { startUpstashRestFront, type UpstashRestFront } from "@/server/models/testing/upstash-rest-front";
import { rateLimiterContract } from "./rate-limiter-contract";
import { createLimiter } from "./shared-limiter";
import { REDIS_KEY_ROOT, createUpstashLimiter } from "./upstash-limiter";

let front: UpstashRestFront;
const redis = new IORedis("redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
const run = `test-${randomUUID()}`;
const config = (label: string, tokens = 2) => ({ prefix: `${run}-${label}`, tokens, windowMs: 60 * 60 * 1000 });
const contractPrefixes = new Set<string>();

async function keysOf(prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${REDIS_KEY_ROOT}:${prefix}*`, "COUNT", 1000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== "0");
  return found;
}

beforeAll(async () => {
  front = await startUpstashRestFront();
});

afterAll(async () => {
  const leftovers = (await Promise.all([run, ...contractPrefixes].map(keysOf))).flat();
  if (leftovers.length > 0) await redis.del(...leftovers);
  await front.close();
  await redis.quit();
});

rateLimiterContract("upstash", {
  make: (c) => {
    contractPrefixes.add(c.prefix);
    return createUpstashLimiter(c, { url: front.url, token: front.token, warn: (m) => expect.fail(m) });
  },
});

describe("Upstash limiter on a real Redis", () => {
  it("shares one count between instances, as separate app processes would", async () => {
    const c = config("shared");
    const a = createUpstashLimiter(c, { url: front.url, token: front.token });
    const b = createUpstashLimiter(c, { url: front.url, token: front.token });
    expect(await a.limit("k")).toMatchObject({ success: true, remaining: 1 });
    expect(await b.limit("k")).toMatchObject({ success: true, remaining: 0 });
    expect(await a.limit("k")).toMatchObject({ success: false, remaining: 0 });
    await b.resetUsedTokens("k");
    expect(await a.limit("k")).toMatchObject({ success: true, remaining: 1 });
  });

  it("keeps identifiers out of Redis key names, so a reset of `*` touches nobody else", async () => {
    const c = config("hashed");
    const limiter = createUpstashLimiter(c, { url: front.url, token: front.token });
    await limiter.limit("alice@example.com");
    await limiter.limit("alice@example.com");
    const keys = await keysOf(c.prefix);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${REDIS_KEY_ROOT}:${c.prefix}:[A-Za-z0-9_-]{43}:\\d+$`));
    expect(keys[0]).not.toContain("alice");
    await limiter.resetUsedTokens("*");
    await limiter.resetUsedTokens("alice@example.com*");
    expect((await limiter.limit("alice@example.com")).success).toBe(false);
  });

  it("is what createLimiter picks when both Upstash variables are set, and the in-process one otherwise", async () => {
    const c = config("picked", 1);
    const source = { UPSTASH_REDIS_REST_URL: front.url, UPSTASH_REDIS_REST_TOKEN: front.token };
    await createLimiter(c, source).limit("k");
    expect(await createLimiter(c, source).limit("k")).toMatchObject({ success: false });
    expect(await keysOf(c.prefix)).toHaveLength(1);

    const local = config("local", 1);
    await createLimiter(local, {}).limit("k");
    expect(await createLimiter(local, {}).limit("k")).toMatchObject({ success: true });
    expect(await createLimiter(local, { UPSTASH_REDIS_REST_URL: front.url }).limit("k")).toMatchObject({ success: true });
    expect(await keysOf(local.prefix)).toEqual([]);
  });

  describe("through a link that goes down and comes back", () => {
    let link: LocalServer;
    let down = false;
    beforeAll(async () => {
      link = await listenLocally(async (req, res) => {
        if (down) return void req.socket.destroy();
        const answer = await fetch(`${front.url}${req.url ?? "/"}`, {
          method: req.method,
          headers: Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === "string" && e[0] !== "host" && e[0] !== "connection")),
          body: await readBody(req),
        });
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(await answer.text());
      });
    });
    afterAll(() => link.close());

    it("counts on its own while Redis is unreachable and in Redis again after the retry pause", async () => {
      const warnings: string[] = [];
      const limiter = createUpstashLimiter(config("outage", 3), { url: link.url, token: front.token, retryMs: 200, warn: (m) => warnings.push(m) });
      expect(await limiter.limit("k")).toEqual(expect.objectContaining({ success: true, remaining: 2 }));
      expect((await limiter.limit("k")).degraded).toBeUndefined();

      down = true;
      expect(await limiter.limit("k")).toMatchObject({ success: true, remaining: 2, degraded: true });
      expect(warnings).toHaveLength(1);

      down = false;
      await new Promise((r) => setTimeout(r, 250));
      const back = await limiter.limit("k");
      expect(back).toMatchObject({ success: true, remaining: 0 });
      expect(back.degraded).toBeUndefined();
      expect(await limiter.limit("k")).toMatchObject({ success: false, remaining: 0 });
    });
  });
});
