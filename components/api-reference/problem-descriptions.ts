// What each problem kind of the REST API means and what to do about it, for the
// "Problems" section of the API reference. The kinds themselves (status,
// title) come from server/api/problem.ts; a test checks every kind is
// explained here, so a new kind cannot ship undocumented.
import type { TProblemKind } from "@/server/api/problem";

export const problemDescriptions: Partial<Record<TProblemKind, string>> = {
  "malformed-request": "The body is not valid JSON, or an endpoint that needs a body got none. Check the JSON you send.",
  unauthenticated:
    "No key, a malformed `Authorization` header, or a key that is unknown, revoked or expired. Send `Authorization: Bearer cc_live_…` with a live key.",
  "payment-required": "The workspace's plan quota or spending budget is used up. Raise the budget or wait for the next period.",
  forbidden: "The key is valid but none of its scopes grants this operation. Create a key with the scope the operation names.",
  "not-found": "No such endpoint, or no such resource in this key's workspace. Another workspace's ids answer 404 too, so their existence is never confirmed.",
  "method-not-allowed": "The path exists but not with this method; the `Allow` header lists the methods it takes.",
  conflict: "The request clashes with the resource's current state (a duplicate name, a run that already finished). Read the resource again and retry.",
  "payload-too-large": "The body is larger than 1 MB.",
  "unsupported-media-type": "The body is not sent as `Content-Type: application/json`.",
  "invalid-fields": "The JSON parsed but some fields are wrong. `errors` names each field (`body.name`, `query.limit`) with what is wrong with it.",
  "idempotency-key-reused": "This `Idempotency-Key` was used in the last 24 hours with a different request. Use a new key for a new request.",
  "rate-limited": "Too many requests from this key (or, without a key, from this address). Wait the seconds in `Retry-After`.",
  "internal-error": "Something failed on our side. It was logged; retrying with the same `Idempotency-Key` is safe.",
  "upstream-error": "A model provider refused the call or answered with output that could not be used. Retry later or pick another model.",
  unavailable: "A service the request needs (a model, the database, the queue) is not reachable right now. Retry with backoff.",
};
