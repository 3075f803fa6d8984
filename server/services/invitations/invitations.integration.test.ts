import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, makeUser, makeWorkspace } from "@/server/testing/fixtures";
import { acceptInvitation } from "./accept-invitation";
import { sha256 } from "../shared/tokens";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace("Invites");
});
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);

describe("invitations", () => {
  it("stores only the token's hash and expires in 7 days", async () => {
    const before = Date.now();
    const { token, invitation, path } = await ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "member" });
    expect(path).toBe(`/invite/${token}`);
    const row = await (await getDb()).invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it("is accepted once, with the chosen role", async () => {
    const { token } = await ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "viewer" });
    const joiner = await makeUser("joiner");
    const preview = await callerFor(null).invitation.preview({ token });
    expect(preview).toMatchObject({ status: "pending", role: "viewer", workspace: { slug: ws.slug } });
    const result = await callerFor(joiner.id).invitation.accept({ token });
    expect(result).toMatchObject({ role: "viewer", workspace: { slug: ws.slug } });
    expect((await callerFor(joiner.id).workspace.get({ workspaceSlug: ws.slug })).role).toBe("viewer");

    const second = await makeUser("second");
    expect(await codeOf(callerFor(second.id).invitation.accept({ token }))).toBe("CONFLICT");
    expect((await callerFor(null).invitation.preview({ token })).status).toBe("accepted");
  });

  it("refuses expired and revoked links", async () => {
    const { token: old } = await ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "member" });
    const joiner = await makeUser("late");
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    await expect(acceptInvitation(joiner.id, old, eightDaysLater)).rejects.toThrow(/expired/);

    const { token, invitation } = await ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "member" });
    await ws.as("admin").invitation.revoke({ workspaceSlug: ws.slug, invitationId: invitation.id });
    await expect(acceptInvitation(joiner.id, token)).rejects.toThrow(/revoked/);
    const pending = await ws.as("admin").invitation.list({ workspaceSlug: ws.slug });
    expect(pending.map((i) => i.id)).not.toContain(invitation.id);
  });

  it("binds an invitation with an email to that account", async () => {
    const invited = await makeUser("invited");
    const other = await makeUser("other");
    const { token } = await ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "member", email: invited.email });
    expect(await codeOf(callerFor(other.id).invitation.accept({ token }))).toBe("FORBIDDEN");
    expect((await callerFor(invited.id).invitation.accept({ token })).role).toBe("member");
  });

  it("reads an unknown or malformed token as not found", async () => {
    expect(await codeOf(callerFor(null).invitation.preview({ token: "x".repeat(43) }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(null).invitation.preview({ token: "short" }))).toBe("NOT_FOUND");
  });

  it("keeps admins from inviting owners", async () => {
    expect(await codeOf(ws.as("admin").invitation.create({ workspaceSlug: ws.slug, role: "owner" }))).toBe("FORBIDDEN");
    expect(await codeOf(ws.as("owner").invitation.create({ workspaceSlug: ws.slug, role: "owner" }))).toBe("ok");
  });
});
