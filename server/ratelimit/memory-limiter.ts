// In-process sliding-window limiter: the embedded default when no Upstash
// Redis is configured. Exact per key (timestamps kept per window), bounded by
// pruning expired keys as it goes.
import type { TRateLimitConfig, TRateLimiter, TRateLimitResult } from "./types";

export function createMemoryLimiter(config: TRateLimitConfig, now: () => number = Date.now): TRateLimiter {
  const hits = new Map<string, number[]>();
  let sinceSweep = 0;

  const live = (key: string): number[] => {
    const cutoff = now() - config.windowMs;
    const list = (hits.get(`${config.prefix}:${key}`) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) hits.delete(`${config.prefix}:${key}`);
    else hits.set(`${config.prefix}:${key}`, list);
    return list;
  };

  const sweep = () => {
    if (++sinceSweep < 1000) return;
    sinceSweep = 0;
    const cutoff = now() - config.windowMs;
    for (const [k, list] of hits) if (list.every((t) => t <= cutoff)) hits.delete(k);
  };

  const resetAt = (list: number[]) => (list[0] ?? now()) + config.windowMs;

  return {
    async limit(key): Promise<TRateLimitResult> {
      sweep();
      const list = live(key);
      if (list.length >= config.tokens) {
        return { success: false, limit: config.tokens, remaining: 0, reset: resetAt(list) };
      }
      list.push(now());
      hits.set(`${config.prefix}:${key}`, list);
      return { success: true, limit: config.tokens, remaining: config.tokens - list.length, reset: resetAt(list) };
    },
    async getRemaining(key) {
      const list = live(key);
      return { remaining: Math.max(0, config.tokens - list.length), reset: resetAt(list) };
    },
    async resetUsedTokens(key) {
      hits.delete(`${config.prefix}:${key}`);
    },
  };
}
