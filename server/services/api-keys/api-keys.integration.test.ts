import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { makeWorkspace } from "@/server/testing/fixtures";
import { sha256 } from "../shared/tokens";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace("Keys");
});

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);

/** The AppError an authentication attempt fails with, or null if it succeeded. */
async function refusal(p: Promise<unknown>): Promise<AppError | null> {
  return p.then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof AppError)) throw e;
      return e;
    },
  );
}

const createAs = (role: "owner" | "admin" = "admin", input: { name?: string; scopes?: ("read" | "write" | "runs:execute" | "admin")[]; expiresAt?: Date | null } = {}) =>
  ws.as(role).apiKey.create({ workspaceSlug: ws.slug, name: input.name ?? "CI", scopes: input.scopes ?? ["read", "runs:execute"], expiresAt: input.expiresAt });

describe("API keys", () => {
  it("returns the key once and stores only its hash and prefix", async () => {
    const { key, apiKey } = await createAs("admin", { name: "  GitHub Actions  ", scopes: ["runs:execute", "read", "read"] });
    expect(key).toMatch(/^cc_live_[A-Za-z0-9]{32}$/);
    expect(apiKey).toMatchObject({ name: "GitHub Actions", prefix: key.slice(0, 16), scopes: ["read", "runs:execute"], status: "active", expiresAt: null });
    expect(apiKey.prefix).toMatch(/^cc_live_[A-Za-z0-9]{8}$/);
    expect(apiKey.createdBy?.email).toBe(ws.users.admin.email);

    const row = await (await getDb()).apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.keyHash).toBe(sha256(key));
    expect(row.workspaceId).toBe(ws.workspace.id);
    expect(JSON.stringify(row)).not.toContain(key);

    const listed = await ws.as("admin").apiKey.list({ workspaceSlug: ws.slug });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: apiKey.id, prefix: apiKey.prefix, status: "active", lastUsedAt: null, revokedAt: null });
    expect(Object.keys(listed[0]!)).not.toContain("keyHash");
    expect(JSON.stringify(listed)).not.toContain(row.keyHash);
  });

  it("authenticates a created key as its workspace and scopes", async () => {
    const { key, apiKey } = await createAs("owner", { name: "Deploy bot", scopes: ["write"] });
    expect(await authenticateApiKey(key)).toEqual({
      keyId: apiKey.id,
      workspaceId: ws.workspace.id,
      workspaceSlug: ws.slug,
      scopes: ["write"],
      name: "Deploy bot",
      prefix: key.slice(0, 16),
    });
    // Surrounding whitespace from a careless paste is not the key's fault.
    expect((await authenticateApiKey(` ${key}\n`)).keyId).toBe(apiKey.id);
  });

  it("refuses missing, malformed and unknown keys with distinct messages", async () => {
    const missing = await refusal(authenticateApiKey(null));
    const empty = await refusal(authenticateApiKey("  "));
    const malformed = await refusal(authenticateApiKey("sk_live_abc"));
    const truncated = await refusal(authenticateApiKey("cc_live_Ab12Cd34"));
    const unknown = await refusal(authenticateApiKey(`cc_live_${"A".repeat(32)}`));
    for (const e of [missing, empty, malformed, truncated, unknown]) expect(e?.code).toBe("UNAUTHENTICATED");
    expect(missing?.message).toMatch(/No API key/);
    expect(empty?.message).toBe(missing?.message);
    expect(malformed?.message).toMatch(/not a CoralCollective API key/);
    expect(truncated?.message).toBe(malformed?.message);
    expect(unknown?.message).toMatch(/not recognised/);
    expect(new Set([missing?.details?.reason, malformed?.details?.reason, unknown?.details?.reason])).toEqual(new Set(["missing", "malformed", "unknown"]));
  });

  it("stops working the moment it is revoked", async () => {
    const { key, apiKey } = await createAs();
    await authenticateApiKey(key);
    const revoked = await ws.as("admin").apiKey.revoke({ workspaceSlug: ws.slug, apiKeyId: apiKey.id });
    expect(revoked).toMatchObject({ id: apiKey.id, status: "revoked" });
    const error = await refusal(authenticateApiKey(key));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "revoked" } });
    expect(error?.message).toContain(`${apiKey.prefix}… was revoked`);
    expect((await ws.as("admin").apiKey.list({ workspaceSlug: ws.slug }))[0]).toMatchObject({ status: "revoked" });
    expect(await codeOf(ws.as("admin").apiKey.revoke({ workspaceSlug: ws.slug, apiKeyId: apiKey.id }))).toBe("CONFLICT");
  });

  it("stops working when it expires", async () => {
    const inAnHour = new Date(Date.now() + 3_600_000);
    const { key, apiKey } = await createAs("admin", { expiresAt: inAnHour });
    expect(apiKey.expiresAt?.getTime()).toBe(inAnHour.getTime());
    expect((await authenticateApiKey(key)).keyId).toBe(apiKey.id);
    const later = new Date(inAnHour.getTime() + 1);
    const error = await refusal(authenticateApiKey(key, later));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "expired" } });
    expect(error?.message).toContain(`expired on ${inAnHour.toISOString()}`);
    expect((await listApiKeys({ workspaceId: ws.workspace.id, actor: null }, later))[0]?.status).toBe("expired");
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { key, apiKey } = await createAs();
    const lastUsed = async () => (await (await getDb()).apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt?.getTime();
    const t0 = Date.now();
    const at = (ms: number) => new Date(t0 + ms);

    // Concurrent first calls: exactly one of them sets it.
    await Promise.all([0, 1_000, 2_000, 3_000].map((ms) => authenticateApiKey(key, at(ms))));
    const first = await lastUsed();
    expect([t0, t0 + 1_000, t0 + 2_000, t0 + 3_000]).toContain(first);

    for (const ms of [10_000, 30_000, 59_000]) await authenticateApiKey(key, at(ms));
    expect(await lastUsed()).toBe(first);

    await authenticateApiKey(key, at(first! - t0 + 60_001));
    expect(await lastUsed()).toBe(first! + 60_001);
    await authenticateApiKey(key, at(first! - t0 + 90_000));
    expect(await lastUsed()).toBe(first! + 60_001);
  });

  it("validates its input with clear messages", async () => {
    const bad = async (input: Parameters<typeof createAs>[1]) => {
      const error = await createAs("admin", input).then(() => null, (e: TRPCError) => e);
      expect(error?.code).toBe("BAD_REQUEST");
      return error!.message;
    };
    expect(await bad({ name: "   " })).toContain("Give the key a name.");
    expect(await bad({ name: "x".repeat(81) })).toContain("at most 80");
    expect(await bad({ scopes: [] })).toContain("at least one scope");
    expect(await bad({ scopes: ["owner" as "admin"] })).toContain("Scopes are read, write, runs:execute, admin");
    expect(await bad({ expiresAt: new Date(Date.now() - 1000) })).toContain("in the future");
    expect(await (await getDb()).apiKey.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
  });

  it("is managed only with apikey.manage", async () => {
    const { apiKey } = await createAs();
    for (const role of ["member", "viewer"] as const) {
      expect(await codeOf(ws.as(role).apiKey.list({ workspaceSlug: ws.slug }))).toBe("FORBIDDEN");
      expect(await codeOf(ws.as(role).apiKey.create({ workspaceSlug: ws.slug, name: "x", scopes: ["read"] }))).toBe("FORBIDDEN");
      expect(await codeOf(ws.as(role).apiKey.revoke({ workspaceSlug: ws.slug, apiKeyId: apiKey.id }))).toBe("FORBIDDEN");
    }
  });

  it("keeps each workspace's keys to itself", async () => {
    const other = await makeWorkspace("Other");
    const { key, apiKey } = await createAs();
    await other.as("owner").apiKey.create({ workspaceSlug: other.slug, name: "Theirs", scopes: ["admin"] });

    const theirs = await other.as("owner").apiKey.list({ workspaceSlug: other.slug });
    expect(theirs.map((k) => k.name)).toEqual(["Theirs"]);
    expect(await codeOf(other.as("owner").apiKey.list({ workspaceSlug: ws.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(other.as("owner").apiKey.revoke({ workspaceSlug: other.slug, apiKeyId: apiKey.id }))).toBe("NOT_FOUND");
    const otherScope = { workspaceId: other.workspace.id, actor: null };
    await expect(revokeApiKey(otherScope, { prefix: apiKey.prefix })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await authenticateApiKey(key)).workspaceId).toBe(ws.workspace.id);
    expect((await listApiKeys({ workspaceId: ws.workspace.id, actor: null }))[0]).toMatchObject({ id: apiKey.id, status: "active" });
  });

  it("can be created and revoked by prefix without a signed-in user (the command line)", async () => {
    const scope = { workspaceId: ws.workspace.id, actor: null };
    const { key, apiKey } = await createApiKey(scope, { name: "Cron", scopes: ["read"] });
    expect(apiKey.createdBy).toBeNull();
    const revoked = await revokeApiKey(scope, { prefix: apiKey.prefix });
    expect(revoked.status).toBe("revoked");
    expect((await refusal(authenticateApiKey(key)))?.details?.reason).toBe("revoked");
    await expect(revokeApiKey(scope, { prefix: "cc_live_nope" })).rejects.toThrow(/key prefix looks like/);
  });
});
