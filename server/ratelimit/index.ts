// Named limiters used across the app. Kept on globalThis so Next's separate
// module graphs in one process share the same counters.
import { createMemoryLimiter } from "./memory-limiter";
import type { TRateLimitConfig, TRateLimiter } from "./types";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const limiterConfigs = {
  signInByEmail: { prefix: "signin-email", tokens: 5, windowMs: FIFTEEN_MINUTES },
  signInByIp: { prefix: "signin-ip", tokens: 30, windowMs: FIFTEEN_MINUTES },
  signUpByIp: { prefix: "signup-ip", tokens: 10, windowMs: 60 * 60 * 1000 },
} satisfies Record<string, TRateLimitConfig>;

type TLimiterName = keyof typeof limiterConfigs;
const store = ((globalThis as { __coralLimiters?: Map<string, TRateLimiter> }).__coralLimiters ??= new Map());

export function getLimiter(name: TLimiterName): TRateLimiter {
  let limiter = store.get(name);
  if (!limiter) {
    limiter = createMemoryLimiter(limiterConfigs[name]);
    store.set(name, limiter);
  }
  return limiter;
}
