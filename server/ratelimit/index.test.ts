import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apiLimiter, getLimiter, limitApiRequest } from "./index";

describe("REST API limits through the app's limiters (in-process here: no Upstash env in tests)", () => {
  it("counts a key under its workspace against its plan's limit", async () => {
    const keyId = randomUUID();
    const first = await limitApiRequest({ workspaceId: "ws-a", keyId, plan: "free" });
    expect(first).toMatchObject({ success: true, limit: 60, remaining: 59 });
    expect((await limitApiRequest({ workspaceId: "ws-a", keyId, plan: "free" })).remaining).toBe(58);
    expect((await limitApiRequest({ workspaceId: "ws-b", keyId, plan: "free" })).remaining).toBe(59);
    expect(await limitApiRequest({ workspaceId: "ws-a", keyId: randomUUID(), plan: "enterprise" })).toMatchObject({ limit: 3000, remaining: 2999 });
  });

  it("refuses the 61st request a minute from one address without a key", async () => {
    const ip = `test-ip-${randomUUID()}`;
    for (let i = 0; i < 60; i++) expect((await limitApiRequest({ ip })).success).toBe(true);
    expect(await limitApiRequest({ ip })).toMatchObject({ success: false, limit: 60, remaining: 0 });
    expect((await limitApiRequest({ ip: `${ip}-other` })).success).toBe(true);
  });

  it("hands out one limiter per config, shared through globalThis", () => {
    expect(getLimiter("signInByEmail")).toBe(getLimiter("signInByEmail"));
    expect(apiLimiter("team")).toBe(apiLimiter("self_hosted"));
    expect(apiLimiter("team")).not.toBe(apiLimiter("free"));
    const store = (globalThis as { __coralLimiters?: Map<string, unknown> }).__coralLimiters;
    expect(store?.get("signin-email/5/900000")).toBe(getLimiter("signInByEmail"));
  });
});
