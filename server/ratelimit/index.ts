// The app's rate limits: named limiters for sign-in and sign-up, and the REST
// API's per-key and per-address limits. One interface (TRateLimiter); Upstash
// when configured, in-process otherwise (see shared-limiter.ts).
import { apiKeyLimitConfig, limiterConfigs, type TApiPlan, type TLimiterName } from "./configs";
import { sharedLimiter } from "./shared-limiter";
import type { TRateLimiter, TRateLimitResult } from "./types";

export { API_PLANS, apiKeyRequestsPerMinute, limiterConfigs, type TApiPlan, type TLimiterName } from "./configs";
export { rateLimitHeaders } from "./headers";
export type { TRateLimitConfig, TRateLimiter, TRateLimitResult } from "./types";

export function getLimiter(name: TLimiterName): TRateLimiter {
  return sharedLimiter(limiterConfigs[name]);
}

/** The per-key limiter of a plan. Billing is not built yet: pass "self_hosted". */
export function apiLimiter(plan: TApiPlan): TRateLimiter {
  return sharedLimiter(apiKeyLimitConfig(plan));
}

/**
 * Count one REST request: per API key (keyed under its workspace) once the key
 * is known, else per client address (no key, or a key that failed).
 */
export type TApiRequester = { workspaceId: string; keyId: string; plan: TApiPlan } | { ip: string };

export function limitApiRequest(who: TApiRequester): Promise<TRateLimitResult> {
  if ("keyId" in who) return apiLimiter(who.plan).limit(`${who.workspaceId}:${who.keyId}`);
  return getLimiter("apiIp").limit(who.ip);
}
