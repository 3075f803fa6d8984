// The shared Redis, when one is configured: Upstash over REST
// (UPSTASH_REDIS_REST_URL + _TOKEN) or any Redis over TCP (REDIS_URL). Unset
// means no Redis, and callers skip the level that would have used it. Only the
// few commands the product needs are exposed, so both clients fit one shape.
import { Redis as UpstashRedis } from "@upstash/redis";
import IORedis from "ioredis";
import { env } from "@/server/env";

export type TKeyValueStore = {
  kind: "upstash" | "redis";
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  close(): Promise<void>;
};

export function createUpstashStore(url: string, token: string): TKeyValueStore {
  const client = new UpstashRedis({ url, token, automaticDeserialization: false, retry: { retries: 1 } });
  return {
    kind: "upstash",
    get: async (key) => (await client.get<string>(key)) ?? null,
    set: async (key, value, ttl) => void (await client.set(key, value, { ex: Math.max(1, ttl) })),
    del: async (key) => void (await client.del(key)),
    close: async () => {},
  };
}

export function createTcpRedisStore(url: string): TKeyValueStore {
  // Fail fast rather than queue commands while Redis is down: a cache must never stall a call.
  const client = new IORedis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false, connectTimeout: 2_000 });
  client.on("error", () => {}); // surfaced per command instead
  return {
    kind: "redis",
    get: (key) => client.get(key),
    set: async (key, value, ttl) => void (await client.set(key, value, "EX", Math.max(1, ttl))),
    del: async (key) => void (await client.del(key)),
    close: async () => void (await client.quit().catch(() => client.disconnect())),
  };
}

let store: TKeyValueStore | null | undefined;

export function getRedis(): TKeyValueStore | null {
  if (store !== undefined) return store;
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) store = createUpstashStore(env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN);
  else if (env.REDIS_URL) store = createTcpRedisStore(env.REDIS_URL);
  else store = null;
  return store;
}
