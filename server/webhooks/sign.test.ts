import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from "./sign";

const secret = generateWebhookSecret();
const body = JSON.stringify({ id: "evt_1", type: "run.succeeded", data: { run: { id: "r1" } } });
const now = 1_800_000_000;

describe("webhook signatures", () => {
  it("makes whsec_ secrets of 32 random bytes", () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(6), "base64url")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it("signs id.timestamp.body and verifies it, with headers in any case", () => {
    const headers = signWebhook(secret, { id: "evt_1", body, timestamp: now });
    expect(headers["Coral-Webhook-Id"]).toBe("evt_1");
    expect(headers["Coral-Webhook-Timestamp"]).toBe(String(now));
    expect(headers["Coral-Webhook-Signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verifyWebhookSignature(secret, headers, body, 300, now)).toEqual({ ok: true, id: "evt_1", timestamp: now });
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyWebhookSignature(secret, lower, body, 300, now).ok).toBe(true);
    expect(verifyWebhookSignature(secret, new Headers(headers), body, 300, now).ok).toBe(true);
  });

  it("refuses a tampered body, id or timestamp", () => {
    const headers = signWebhook(secret, { id: "evt_1", body, timestamp: now });
    expect(verifyWebhookSignature(secret, headers, body.replace("r1", "r2"), 300, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyWebhookSignature(secret, { ...headers, "Coral-Webhook-Id": "evt_2" }, body, 300, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyWebhookSignature(secret, { ...headers, "Coral-Webhook-Timestamp": String(now - 1) }, body, 300, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses the signature of another secret", () => {
    const headers = signWebhook(generateWebhookSecret(), { id: "evt_1", body, timestamp: now });
    expect(verifyWebhookSignature(secret, headers, body, 300, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses timestamps outside the tolerance, in the past or the future", () => {
    const old = signWebhook(secret, { id: "evt_1", body, timestamp: now - 301 });
    expect(verifyWebhookSignature(secret, old, body, 300, now)).toEqual({ ok: false, reason: "stale-timestamp" });
    const future = signWebhook(secret, { id: "evt_1", body, timestamp: now + 301 });
    expect(verifyWebhookSignature(secret, future, body, 300, now)).toEqual({ ok: false, reason: "stale-timestamp" });
    const edge = signWebhook(secret, { id: "evt_1", body, timestamp: now - 300 });
    expect(verifyWebhookSignature(secret, edge, body, 300, now).ok).toBe(true);
  });

  it("refuses missing or malformed headers, and accepts any one of several signatures (rotation)", () => {
    const headers = signWebhook(secret, { id: "evt_1", body, timestamp: now });
    expect(verifyWebhookSignature(secret, {}, body, 300, now)).toEqual({ ok: false, reason: "missing-headers" });
    expect(verifyWebhookSignature(secret, { ...headers, "Coral-Webhook-Timestamp": "soon" }, body, 300, now)).toEqual({ ok: false, reason: "missing-headers" });
    expect(verifyWebhookSignature(secret, { ...headers, "Coral-Webhook-Signature": "v1,short" }, body, 300, now).ok).toBe(false);
    const other = signWebhook(generateWebhookSecret(), { id: "evt_1", body, timestamp: now })["Coral-Webhook-Signature"];
    const both = { ...headers, "Coral-Webhook-Signature": `${other} ${headers["Coral-Webhook-Signature"]}` };
    expect(verifyWebhookSignature(secret, both, body, 300, now).ok).toBe(true);
  });
});
