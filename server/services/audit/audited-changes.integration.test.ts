// The state changes wired to the audit log record one event each, in the same
// transaction as the change: who did it, what, on which row, with small facts
// and never the secret the change created. A refused change records nothing.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";
import { verifyAuditChain } from "./verify-audit-chain";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof TRPCError ? e.code : e));

describe("audited changes", () => {
  it("records member, invitation, API key, webhook and project changes", async () => {
    const ws = await makeWorkspace("Audited");
    const { as, slug, users } = ws;
    const owner = as("owner");
    const members = await owner.member.list({ workspaceSlug: slug });
    const membershipOf = (userId: string) => members.find((m) => m.userId === userId)!.membershipId;

    await as("admin").member.changeRole({ workspaceSlug: slug, membershipId: membershipOf(users.member.id), role: "viewer" });
    await as("admin").member.remove({ workspaceSlug: slug, membershipId: membershipOf(users.member.id) });
    await as("viewer").member.leave({ workspaceSlug: slug });
    const invitation = await as("admin").invitation.create({ workspaceSlug: slug, role: "member", email: "new@example.test" });
    const created = await as("admin").apiKey.create({ workspaceSlug: slug, name: "CI", scopes: ["read"] });
    await as("admin").apiKey.revoke({ workspaceSlug: slug, apiKeyId: created.apiKey.id });
    const hook = await as("admin").webhook.create({ workspaceSlug: slug, url: "https://hooks.example.com/T000/secret-path?token=abc", events: ["run.failed"] });
    await as("admin").webhook.delete({ workspaceSlug: slug, endpointId: hook.endpoint.id });
    const project = await owner.project.create({ workspaceSlug: slug, name: "Doomed" });
    await as("admin").project.delete({ workspaceSlug: slug, projectId: project.id });

    const page = await owner.audit.list({ workspaceSlug: slug, limit: 100 });
    const events = page.data.toReversed().map((e) => ({ action: e.action, actorId: e.actorId, actorType: e.actorType, targetType: e.targetType, targetId: e.targetId, data: e.data }));
    expect(events).toEqual([
      { action: "member.role_changed", actorType: "user", actorId: users.admin.id, targetType: "membership", targetId: membershipOf(users.member.id), data: { from: "member", to: "viewer" } },
      { action: "member.removed", actorType: "user", actorId: users.admin.id, targetType: "membership", targetId: membershipOf(users.member.id), data: { userId: users.member.id, role: "viewer" } },
      { action: "member.left", actorType: "user", actorId: users.viewer.id, targetType: "membership", targetId: membershipOf(users.viewer.id), data: { userId: users.viewer.id, role: "viewer" } },
      { action: "invitation.created", actorType: "user", actorId: users.admin.id, targetType: "invitation", targetId: invitation.invitation.id, data: { role: "member", email: "new@example.test" } },
      { action: "apikey.created", actorType: "user", actorId: users.admin.id, targetType: "api_key", targetId: created.apiKey.id, data: { name: "CI", keyPrefix: created.apiKey.prefix, scopes: ["read"] } },
      { action: "apikey.revoked", actorType: "user", actorId: users.admin.id, targetType: "api_key", targetId: created.apiKey.id, data: { keyPrefix: created.apiKey.prefix } },
      { action: "webhook.endpoint_created", actorType: "user", actorId: users.admin.id, targetType: "webhook_endpoint", targetId: hook.endpoint.id, data: { host: "hooks.example.com", events: ["run.failed"] } },
      { action: "webhook.endpoint_deleted", actorType: "user", actorId: users.admin.id, targetType: "webhook_endpoint", targetId: hook.endpoint.id, data: {} },
      { action: "project.deleted", actorType: "user", actorId: users.admin.id, targetType: "project", targetId: project.id, data: { name: "Doomed", slug: project.slug } },
    ]);

    // The secrets these changes produced are nowhere in the log.
    const text = JSON.stringify(page.data);
    for (const secret of [invitation.token, created.key, hook.secret, "secret-path", "token=abc"]) expect(text).not.toContain(secret);
    expect(await verifyAuditChain(ws.workspace.id)).toMatchObject({ ok: true, events: 9 });
  });

  it("records nothing for a refused or failed change", async () => {
    const { as, slug } = await makeWorkspace("Refused");
    const members = await as("owner").member.list({ workspaceSlug: slug });
    const ownerMembership = members.find((m) => m.role === "owner")!.membershipId;
    expect(await codeOf(as("owner").member.changeRole({ workspaceSlug: slug, membershipId: ownerMembership, role: "admin" }))).toBe("CONFLICT");
    expect(await codeOf(as("admin").webhook.delete({ workspaceSlug: slug, endpointId: "no_such_endpoint" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("admin").project.delete({ workspaceSlug: slug, projectId: "no_such_project" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("admin").apiKey.revoke({ workspaceSlug: slug, apiKeyId: "no_such_key" }))).toBe("NOT_FOUND");
    expect(await as("owner").audit.list({ workspaceSlug: slug })).toEqual({ data: [], nextCursor: null });
  });
});
