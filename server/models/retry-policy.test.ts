import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { classifyFailure, defaultRetryPolicy, delayBeforeRetry, isRetryable, parseRetryAfter } from "./retry-policy";

const apiError = (statusCode: number, headers: Record<string, string> = {}) =>
  new APICallError({ message: `HTTP ${statusCode}`, url: "http://x", requestBodyValues: {}, statusCode, responseHeaders: headers });

describe("retry policy", () => {
  it("reads Retry-After in seconds, as a date, and retry-after-ms", () => {
    expect(parseRetryAfter({ "Retry-After": "2" })).toBe(2000);
    expect(parseRetryAfter({ "retry-after-ms": "150", "retry-after": "9" })).toBe(150);
    const now = Date.parse("2026-11-26T10:00:00Z");
    expect(parseRetryAfter({ "retry-after": "Thu, 26 Nov 2026 10:00:05 GMT" }, now)).toBe(5000);
    expect(parseRetryAfter({ "retry-after": "soon" })).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it("classifies provider answers", () => {
    expect(classifyFailure(apiError(429, { "retry-after": "3" }), false)).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 3000 });
    expect(classifyFailure(apiError(503), false)).toMatchObject({ kind: "server_error", status: 503 });
    expect(classifyFailure(apiError(401), false).kind).toBe("unusable");
    expect(classifyFailure(apiError(404), false).kind).toBe("unusable");
    expect(classifyFailure(apiError(400), false).kind).toBe("bad_request");
    expect(classifyFailure(new TypeError("fetch failed"), false).kind).toBe("network");
    const abort = Object.assign(new Error("aborted"), { name: "AbortError" });
    expect(classifyFailure(abort, true).kind).toBe("timeout");
    expect(classifyFailure(abort, false).kind).toBe("aborted");
    expect(isRetryable(classifyFailure(apiError(400), false))).toBe(false);
    expect(isRetryable(classifyFailure(apiError(502), false))).toBe(true);
  });

  it("backs off exponentially with jitter inside [ceiling/2, ceiling]", () => {
    const failure = { kind: "server_error" as const, message: "" };
    expect(delayBeforeRetry(defaultRetryPolicy, 1, failure, () => 0)).toBe(250);
    expect(delayBeforeRetry(defaultRetryPolicy, 1, failure, () => 1)).toBe(500);
    expect(delayBeforeRetry(defaultRetryPolicy, 3, failure, () => 1)).toBe(2000);
    expect(delayBeforeRetry(defaultRetryPolicy, 10, failure, () => 1)).toBe(8000);
  });

  it("honours Retry-After, and refuses to wait longer than the limit", () => {
    expect(delayBeforeRetry(defaultRetryPolicy, 1, { kind: "rate_limited", message: "", retryAfterMs: 1200 })).toBe(1200);
    expect(delayBeforeRetry(defaultRetryPolicy, 1, { kind: "rate_limited", message: "", retryAfterMs: 60_000 })).toBeNull();
  });
});
