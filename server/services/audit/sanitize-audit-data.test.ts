// The data safety net: secrets redacted by key and by shape, identifiers kept,
// JSON the database can store, and a cap on size.
import { describe, expect, it } from "vitest";
import { AUDIT_DATA_MAX_BYTES, isSecretKey, REDACTED, sanitizeAuditData } from "./sanitize-audit-data";

describe("isSecretKey", () => {
  it.each(["token", "apiKey", "api_key", "webhookSecret", "secretSealed", "password", "newPassword", "keyHash", "tokenHash", "Authorization", "client-credentials", "key"])("redacts %s", (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(["apiKeyId", "keyPrefix", "tokenCount", "inputTokens", "monkey", "keyName", "role", "email", "host", "events"])("keeps %s", (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe("sanitizeAuditData", () => {
  it("redacts secret keys at any depth, and values shaped like credentials", () => {
    const data = sanitizeAuditData({
      role: "admin",
      token: "abc",
      nested: { password: "hunter2", list: [{ apiKey: "x" }, "ok"] },
      note: "sent with Bearer eyJhbGciOi.J9.sig and cc_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345 and whsec_abcdefghijklmnopqrstuvwxyz",
    });
    expect(data).toEqual({
      role: "admin",
      token: REDACTED,
      nested: { password: REDACTED, list: [{ apiKey: REDACTED }, "ok"] },
      note: `sent with ${REDACTED} and ${REDACTED} and ${REDACTED}`,
    });
  });

  it("keeps plain JSON only: dates as strings, undefined dropped, NUL and lone surrogates made storable", () => {
    const data = sanitizeAuditData({ at: new Date("2026-01-01T00:00:00.000Z"), gone: undefined, text: "a\u0000b\ud800c", n: 1.5 });
    expect(data).toEqual({ at: "2026-01-01T00:00:00.000Z", text: "ab\ufffdc", n: 1.5 });
  });

  it("replaces data over the cap with a marker naming its size and keys", () => {
    const data = sanitizeAuditData({ big: "x".repeat(AUDIT_DATA_MAX_BYTES), small: 1 });
    expect(data).toEqual({ truncated: true, bytes: AUDIT_DATA_MAX_BYTES + 20, keys: ["big", "small"] });
  });

  it("leaves data at the cap alone", () => {
    const data = { s: "x".repeat(AUDIT_DATA_MAX_BYTES - 8) };
    expect(Buffer.byteLength(JSON.stringify(data))).toBe(AUDIT_DATA_MAX_BYTES);
    expect(sanitizeAuditData(data)).toEqual(data);
  });
});
