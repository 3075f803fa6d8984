// The rate-limit answer as HTTP headers (IETF draft "RateLimit header fields",
// the separate-fields form): every response carries RateLimit-Limit,
// -Remaining and -Reset (seconds until the window frees up); a refusal adds
// Retry-After.
import type { TRateLimitResult } from "./types";

export function rateLimitHeaders(result: TRateLimitResult, now: number = Date.now()): Record<string, string> {
  const seconds = Math.max(0, Math.ceil((result.reset - now) / 1000));
  return {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(Math.max(0, result.remaining)),
    "RateLimit-Reset": String(seconds),
    // At least 1: "retry after 0 s" invites a tight loop.
    ...(result.success ? {} : { "Retry-After": String(Math.max(1, seconds)) }),
  };
}
