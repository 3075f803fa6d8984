// The signed state of the GitHub round trips: what it proves, for how long,
// and that any change to it (or a state of the other flow) is refused.
import { describe, expect, it } from "vitest";
import { GITHUB_STATE_TTL_MS, signGitHubState, verifyGitHubState } from "./install-state";

const secret = "unit-test-secret";
const now = new Date("2026-11-26T12:00:00.000Z");
const input = { purpose: "install" as const, workspaceId: "ws_1", userId: "user_1" };

describe("GitHub state", () => {
  it("round-trips the workspace, user and expiry", () => {
    const verified = verifyGitHubState(signGitHubState(input, { secret, now }), "install", { secret, now });
    expect(verified).toMatchObject({ ok: true, state: { purpose: "install", workspaceId: "ws_1", userId: "user_1", expiresAt: new Date(now.getTime() + GITHUB_STATE_TTL_MS) } });
  });

  it("gives every state its own nonce", () => {
    expect(signGitHubState(input, { secret, now })).not.toBe(signGitHubState(input, { secret, now }));
  });

  it("is valid for 30 minutes and then expired, still naming who started it", () => {
    const token = signGitHubState(input, { secret, now });
    expect(verifyGitHubState(token, "install", { secret, now: new Date(now.getTime() + GITHUB_STATE_TTL_MS - 1000) }).ok).toBe(true);
    expect(verifyGitHubState(token, "install", { secret, now: new Date(now.getTime() + GITHUB_STATE_TTL_MS) })).toMatchObject({
      ok: false,
      reason: "expired",
      state: { workspaceId: "ws_1", userId: "user_1" },
    });
  });

  it("refuses a state signed with another secret", () => {
    expect(verifyGitHubState(signGitHubState(input, { secret: "other", now }), "install", { secret, now })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a payload edited to name another workspace", () => {
    const [payload, signature] = signGitHubState(input, { secret, now }).split(".") as [string, string];
    const edited = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    edited.w = "ws_victim";
    const forged = `${Buffer.from(JSON.stringify(edited)).toString("base64url")}.${signature}`;
    expect(verifyGitHubState(forged, "install", { secret, now })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a state of the other flow", () => {
    const manifest = signGitHubState({ ...input, purpose: "manifest" }, { secret, now });
    expect(verifyGitHubState(manifest, "install", { secret, now })).toEqual({ ok: false, reason: "wrong-purpose" });
  });

  it.each([[undefined], [""], ["abc"], ["a.b.c"], ["x".repeat(2_000) + ".y"]])("refuses %j as malformed", (token) => {
    expect(verifyGitHubState(token, "install", { secret, now })).toMatchObject({ ok: false });
  });
});
