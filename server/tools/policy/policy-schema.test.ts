import { describe, expect, it } from "vitest";
import { resolveLimits, ZToolPolicy } from "./policy-schema";

describe("ZToolPolicy", () => {
  it("parses the empty document to one that names nothing", () => {
    expect(ZToolPolicy.parse({})).toEqual({ agents: {}, steps: {}, operationOverrides: {} });
  });

  it("fills the limits a rule leaves out", () => {
    const policy = ZToolPolicy.parse({ agents: { "*": { servers: {}, limits: { callsPerStep: 5 } } } });
    expect(policy.agents["*"]?.limits).toEqual({ callsPerStep: 5, wallTimeMs: 120_000, resultBytes: 262_144 });
    expect(resolveLimits(undefined)).toEqual({ callsPerStep: 20, wallTimeMs: 120_000, resultBytes: 262_144 });
  });

  it("rejects unknown keys, so a typo cannot widen a rule", () => {
    const typo = ZToolPolicy.safeParse({ agents: { a: { servers: { fs: { tools: { write_file: { operation: ["read"] } } } } } } });
    expect(typo.success).toBe(false);
  });

  it("rejects unknown operations and empty operation lists", () => {
    expect(ZToolPolicy.safeParse({ agents: { a: { servers: { fs: { tools: { x: { operations: ["delete"] } } } } } } }).success).toBe(false);
    expect(ZToolPolicy.safeParse({ agents: { a: { servers: { fs: { tools: { x: { operations: [] } } } } } } }).success).toBe(false);
    expect(ZToolPolicy.safeParse({ operationOverrides: { fs: { x: "admin" } } }).success).toBe(false);
  });
});
