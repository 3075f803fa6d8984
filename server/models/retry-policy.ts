// How the gateway treats a failed attempt: retry the same model (429, 5xx,
// timeouts, dropped connections), move on to the next model (the model or key
// is unusable: 401/403/404), or give up (the request itself is wrong: 400/422).
// Waits are exponential with full jitter and honour Retry-After.
import { APICallError } from "ai";

export type TFailureKind = "rate_limited" | "server_error" | "timeout" | "network" | "unusable" | "bad_request" | "aborted";
export type TFailure = { kind: TFailureKind; status?: number; message: string; retryAfterMs?: number };

export type TRetryPolicy = {
  /** Attempts per model before falling back to the next one. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: fall back instead. */
  maxRetryAfterMs: number;
};

export const defaultRetryPolicy: TRetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };

/** Milliseconds from a Retry-After (seconds or HTTP date) or retry-after-ms header. */
export function parseRetryAfter(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const ms = Number(lower["retry-after-ms"]);
  if (lower["retry-after-ms"] !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = lower["retry-after"];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isAbort(error: unknown): error is Error {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

export function classifyFailure(error: unknown, timedOut: boolean): TFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (timedOut) return { kind: "timeout", message: "The model did not answer in time." };
  if (isAbort(error)) return { kind: "aborted", message: "The call was cancelled." };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === 429) return { kind: "rate_limited", status, message, retryAfterMs: parseRetryAfter(error.responseHeaders) };
    if (status !== undefined && status >= 500) return { kind: "server_error", status, message, retryAfterMs: parseRetryAfter(error.responseHeaders) };
    if (status === 401 || status === 403 || status === 404) return { kind: "unusable", status, message };
    if (status !== undefined) return { kind: "bad_request", status, message };
    return { kind: "network", message };
  }
  if (error instanceof TypeError || /ECONNREFUSED|ECONNRESET|socket hang up|fetch failed/i.test(message)) return { kind: "network", message };
  return { kind: "bad_request", message };
}

export const isRetryable = (f: TFailure) => f.kind === "rate_limited" || f.kind === "server_error" || f.kind === "timeout" || f.kind === "network";
/** Failures that say the model (not the request) is in trouble, and count towards its circuit breaker. */
export const countsAgainstModel = (f: TFailure) => isRetryable(f) || f.kind === "unusable";

/**
 * Wait before attempt `attempt + 1` (attempt counts from 1), or null when the
 * provider asks for longer than we are willing to wait.
 */
export function delayBeforeRetry(policy: TRetryPolicy, attempt: number, failure: TFailure, random: () => number = Math.random): number | null {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs > policy.maxRetryAfterMs ? null : failure.retryAfterMs;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
