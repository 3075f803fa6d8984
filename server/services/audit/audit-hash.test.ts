// The chain's hash recipe: canonical JSON is independent of key order, and
// every covered field changes the hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, hashAuditEvent, type THashedAuditFields } from "./audit-hash";

const event: THashedAuditFields = {
  workspaceId: "ws_1",
  seq: 1,
  actorType: "user",
  actorId: "u_1",
  action: "member.role_changed",
  targetType: "membership",
  targetId: "m_1",
  policyVersion: null,
  ip: null,
  data: { to: "viewer", from: "member" },
  createdAt: "2026-01-02T03:04:05.678Z",
  prevHash: GENESIS_HASH,
};

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("drops undefined members and writes dates as ISO strings", () => {
    expect(canonicalJson({ a: undefined, b: new Date("2026-01-01T00:00:00.000Z") })).toBe('{"b":"2026-01-01T00:00:00.000Z"}');
  });
});

describe("hashAuditEvent", () => {
  it("is sha256 of the canonical JSON of the covered fields", () => {
    const expected = createHash("sha256").update(canonicalJson(event)).digest("hex");
    expect(hashAuditEvent(event)).toBe(expected);
    expect(hashAuditEvent(event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on the order data keys were written in", () => {
    expect(hashAuditEvent({ ...event, data: { from: "member", to: "viewer" } })).toBe(hashAuditEvent(event));
  });

  it("changes with every covered field", () => {
    const base = hashAuditEvent(event);
    const changes: Partial<THashedAuditFields>[] = [
      { workspaceId: "ws_2" }, { seq: 2 }, { actorType: "system" }, { actorId: null }, { action: "member.removed" }, { targetType: "invitation" },
      { targetId: "m_2" }, { policyVersion: 1 }, { ip: "203.0.113.9" }, { data: { to: "admin", from: "member" } }, { createdAt: "2026-01-02T03:04:05.679Z" }, { prevHash: "f".repeat(64) },
    ];
    for (const change of changes) expect(hashAuditEvent({ ...event, ...change }), JSON.stringify(change)).not.toBe(base);
  });

  it("ignores fields outside the recipe, such as a stored hash", () => {
    expect(hashAuditEvent({ ...event, hash: "x" } as THashedAuditFields)).toBe(hashAuditEvent(event));
  });
});
