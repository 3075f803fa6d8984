// Rate limiter shared by every instance: @upstash/ratelimit's sliding window
// on Upstash Redis (REST). Chosen by `createLimiter` when UPSTASH_REDIS_REST_*
// are set.
//
// When Redis cannot answer within `timeoutMs` (down, slow, refusing), the
// request is NOT refused and NOT let through uncounted: this process's own
// in-process limiter answers instead, marked `degraded`, and a warning is
// logged (at most once a minute). An API that goes down with Redis is worse
// than one limited per instance for a while. After a failure Redis is left
// alone for `retryMs`, so an outage costs one timeout, not one per request.
//
// Identifiers are hashed before they reach Redis: no emails or addresses at
// rest, and no glob characters in key names.
import { createHash } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { createMemoryLimiter } from "./memory-limiter";
import type { TRateLimitConfig, TRateLimiter, TRateLimitResult } from "./types";

export type TUpstashLimiterOptions = {
  url: string;
  token: string;
  /** Longest wait for Redis before this process's own counters answer. */
  timeoutMs?: number;
  /** How long to skip Redis after it failed. */
  retryMs?: number;
  warn?: (message: string) => void;
};

export const REDIS_KEY_ROOT = "coral:ratelimit";

export function createUpstashLimiter(config: TRateLimitConfig, options: TUpstashLimiterOptions): TRateLimiter {
  const { timeoutMs = 1_000, retryMs = 5_000, warn = console.warn } = options;
  const redis = new Redis({
    url: options.url,
    token: options.token,
    enableTelemetry: false,
    retry: { retries: 1 },
    // Frees the socket of a request that outlived its deadline.
    signal: () => AbortSignal.timeout(timeoutMs),
  });
  const prefix = `${REDIS_KEY_ROOT}:${config.prefix}`;
  const ratelimit = new Ratelimit({
    redis,
    prefix,
    limiter: Ratelimit.slidingWindow(config.tokens, `${config.windowMs} ms`),
    analytics: false,
    // Off: it blocks a key until the window's end even after `resetUsedTokens`
    // (here or on another instance) and before the sliding window would free it.
    ephemeralCache: false,
    // Ours below covers getRemaining and reset too, with a real fallback answer.
    timeout: 0,
  });
  const local = createMemoryLimiter(config);
  const id = (key: string) => createHash("sha256").update(key).digest("base64url");

  let skipUntil = 0;
  let lastWarning = 0;
  async function shared<T>(operation: string, call: () => Promise<T>): Promise<T | undefined> {
    if (Date.now() < skipUntil) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([call(), deadline]);
    } catch (error) {
      skipUntil = Date.now() + retryMs;
      if (Date.now() - lastWarning >= 60_000) {
        lastWarning = Date.now();
        const reason = error instanceof Error ? error.message : String(error);
        warn(`ratelimit: Upstash Redis failed on ${operation} for "${config.prefix}" (${reason}); this instance counts on its own until Redis answers again.`);
      }
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async limit(key): Promise<TRateLimitResult> {
      const answer = await shared("limit", () => ratelimit.limit(id(key)));
      if (!answer) return { ...(await local.limit(key)), degraded: true };
      return { success: answer.success, limit: answer.limit, remaining: answer.remaining, reset: answer.reset };
    },
    async getRemaining(key) {
      const answer = await shared("getRemaining", () => ratelimit.getRemaining(id(key)));
      if (!answer) return local.getRemaining(key);
      return { remaining: answer.remaining, reset: answer.reset };
    },
    async resetUsedTokens(key) {
      await local.resetUsedTokens(key);
      // The sliding window reads only the current and previous window's keys
      // (`<prefix>:<id>:<window index>`); deleting those two is exact and O(1),
      // where the library's reset SCANs the whole keyspace.
      const window = Math.floor(Date.now() / config.windowMs);
      const base = `${prefix}:${id(key)}`;
      await shared("resetUsedTokens", () => redis.del(`${base}:${window}`, `${base}:${window - 1}`));
    },
  };
}
