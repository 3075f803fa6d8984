// The rate-limit interface (DESIGN §10). Method names follow @upstash/ratelimit
// so the Upstash adapter is a thin wrapper; the embedded default is in-process.
export type TRateLimitResult = {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch ms when the window frees up again. */
  reset: number;
  /** The shared store did not answer; this process's own counters did. */
  degraded?: boolean;
};

export type TRateLimiter = {
  /** Consume one token for `key`. */
  limit(key: string): Promise<TRateLimitResult>;
  /** Look without consuming. */
  getRemaining(key: string): Promise<{ remaining: number; reset: number }>;
  resetUsedTokens(key: string): Promise<void>;
};

export type TRateLimitConfig = { prefix: string; tokens: number; windowMs: number };
