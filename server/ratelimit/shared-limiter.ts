// Picks the limiter for a config — Upstash when UPSTASH_REDIS_REST_URL/_TOKEN
// are set, in-process otherwise — and keeps one per config on globalThis so
// Next's separate module graphs in one process share the same counters.
import { env } from "@/server/env";
import { createMemoryLimiter } from "./memory-limiter";
import type { TRateLimitConfig, TRateLimiter } from "./types";
import { createUpstashLimiter } from "./upstash-limiter";

type TUpstashEnv = { UPSTASH_REDIS_REST_URL?: string; UPSTASH_REDIS_REST_TOKEN?: string };

export function createLimiter(config: TRateLimitConfig, source: TUpstashEnv = env): TRateLimiter {
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = source;
  return url && token ? createUpstashLimiter(config, { url, token }) : createMemoryLimiter(config);
}

const store = ((globalThis as { __coralLimiters?: Map<string, TRateLimiter> }).__coralLimiters ??= new Map());

export function sharedLimiter(config: TRateLimitConfig): TRateLimiter {
  const key = `${config.prefix}/${config.tokens}/${config.windowMs}`;
  let limiter = store.get(key);
  if (!limiter) {
    limiter = createLimiter(config);
    store.set(key, limiter);
  }
  return limiter;
}
