// Every limit the app applies, in one table: sign-in and sign-up, and the REST
// API per key (by plan tier) and per client address (requests without a valid
// key). API_RATE_LIMIT_PER_MINUTE, when set, replaces the per-key limit of
// every plan.
import { env } from "@/server/env";
import type { TRateLimitConfig } from "./types";

const MINUTE = 60 * 1000;
const FIFTEEN_MINUTES = 15 * MINUTE;

export const limiterConfigs = {
  signInByEmail: { prefix: "signin-email", tokens: 5, windowMs: FIFTEEN_MINUTES },
  signInByIp: { prefix: "signin-ip", tokens: 30, windowMs: FIFTEEN_MINUTES },
  signUpByIp: { prefix: "signup-ip", tokens: 10, windowMs: 60 * MINUTE },
  apiIp: { prefix: "api-ip", tokens: 60, windowMs: MINUTE },
} satisfies Record<string, TRateLimitConfig>;

export type TLimiterName = keyof typeof limiterConfigs;

/** Billing plans (DESIGN §10); "self_hosted" is a deployment without billing. */
export const API_PLANS = ["self_hosted", "free", "team", "enterprise"] as const;
export type TApiPlan = (typeof API_PLANS)[number];

/** REST requests per API key per minute. */
export const apiKeyRequestsPerMinute: Record<TApiPlan, number> = {
  self_hosted: 600,
  free: 60,
  team: 600,
  enterprise: 3000,
};

export function apiKeyLimitConfig(plan: TApiPlan, override: number | undefined = env.API_RATE_LIMIT_PER_MINUTE): TRateLimitConfig {
  return { prefix: "api-key", tokens: override ?? apiKeyRequestsPerMinute[plan], windowMs: MINUTE };
}
