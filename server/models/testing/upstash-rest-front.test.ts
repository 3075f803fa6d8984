import { createHash, randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstashRestFront, type UpstashRestFront } from "./upstash-rest-front";

let front: UpstashRestFront;
let redis: Redis;
const prefix = `test:upstash-front:${randomUUID()}:`;
const key = (name: string) => `${prefix}${name}`;

beforeAll(async () => {
  front = await startUpstashRestFront();
  redis = new Redis({ url: front.url, token: front.token, enableTelemetry: false });
});

afterAll(async () => {
  const leftovers = await redis.keys(`${prefix}*`);
  if (leftovers.length > 0) await redis.del(...leftovers);
  expect(await redis.keys(`${prefix}*`)).toEqual([]);
  await front.close();
});

describe("Upstash REST front over a real Redis", () => {
  it("round-trips strings, JSON values and unicode through base64-encoded responses", async () => {
    expect(await redis.set(key("s"), "héllo ✓")).toBe("OK");
    expect(await redis.get(key("s"))).toBe("héllo ✓");
    await redis.set(key("obj"), { workspaceId: "w1", n: 2 });
    expect(await redis.get(key("obj"))).toEqual({ workspaceId: "w1", n: 2 });
    expect(await redis.get(key("missing"))).toBeNull();
  });

  it("works without base64 response encoding too", async () => {
    const plain = new Redis({ url: front.url, token: front.token, responseEncoding: false, enableTelemetry: false });
    await plain.set(key("plain"), "as is");
    expect(await plain.get(key("plain"))).toBe("as is");
    expect(await plain.mget(key("plain"), key("nothing"))).toEqual(["as is", null]);
  });

  it("increments, expires and reports the TTL", async () => {
    expect(await redis.incr(key("n"))).toBe(1);
    expect(await redis.incrby(key("n"), 4)).toBe(5);
    expect(await redis.expire(key("n"), 100)).toBe(1);
    const ttl = await redis.ttl(key("n"));
    expect(ttl).toBeGreaterThan(90);
    expect(ttl).toBeLessThanOrEqual(100);
    expect(await redis.set(key("ex"), "v", { ex: 60 })).toBe("OK");
    expect(await redis.pttl(key("ex"))).toBeGreaterThan(59_000);
  });

  it("runs pipelines and transactions in order", async () => {
    const results = await redis.pipeline().set(key("p"), "a").get(key("p")).incr(key("pc")).incr(key("pc")).exec();
    expect(results).toEqual(["OK", "a", 1, 2]);

    const tx = await redis.multi().incr(key("tx")).incrby(key("tx"), 10).get(key("tx")).exec();
    expect(tx).toEqual([1, 11, 11]);
  });

  it("reports a failing command inside a pipeline without failing the others", async () => {
    await redis.set(key("word"), "abc");
    const results = await redis.pipeline().incr(key("word")).get(key("word")).exec({ keepErrors: true });
    expect(results[0]?.error).toMatch(/not an integer/);
    expect(results[1]).toEqual({ error: undefined, result: "abc" });
  });

  it("surfaces a Redis error on a single command", async () => {
    await redis.set(key("text"), "abc");
    await expect(redis.incr(key("text"))).rejects.toThrow(/ERR value is not an integer/);
  });

  it("evaluates Lua scripts with keys and arguments", async () => {
    const result = await redis.eval<[string], [string, string]>("return {KEYS[1], ARGV[1]}", [key("k")], ["x"]);
    expect(result).toEqual([key("k"), "x"]);
  });

  it("strips a #!lua flags line, and EVALSHA works with the SHA of the full script", async () => {
    const source = "#!lua flags=no-writes\nreturn ARGV[1] .. '!'";
    const script = redis.createScript<string>(source);
    expect(await script.exec([], ["hey"])).toBe("hey!");
    expect(await script.exec([], ["again"])).toBe("again!");

    const sha = createHash("sha1").update(source).digest("hex");
    expect(await redis.evalsha(sha, [], ["direct"])).toBe("direct!");
    expect(await redis.scriptLoad(source)).toBe(sha);
  });

  it("refuses a wrong token with 401", async () => {
    const res = await fetch(front.url, { method: "POST", headers: { authorization: "Bearer nope" }, body: JSON.stringify(["ping"]) });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Unauthorized" });

    const stranger = new Redis({ url: front.url, token: "nope", enableTelemetry: false });
    await expect(stranger.get(key("s"))).rejects.toThrow(/Unauthorized/);
  });

  it("answers the raw REST protocol: { result } and { error } with 400", async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${front.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${front.token}` }, body: JSON.stringify(body) });

    const ok = await post("/", ["set", key("raw"), 42]);
    expect([ok.status, await ok.json()]).toEqual([200, { result: "OK" }]);
    const bad = await post("/", ["incr", key("raw"), "extra"]);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "ERR wrong number of arguments for 'incr' command" });
    const pipeline = await post("/pipeline", [["get", key("raw")], ["nosuchcommand"]]);
    expect(await pipeline.json()).toEqual([
      { result: "42" },
      { error: expect.stringMatching(/^ERR unknown command 'nosuchcommand'/) as unknown },
    ]);
  });
});
