// A member of workspace B can neither read nor change anything of workspace A:
// every project, membership and invitation procedure answers NOT_FOUND, and A's
// rows are unchanged afterwards.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";

let a: Awaited<ReturnType<typeof makeWorkspace>>;
let b: Awaited<ReturnType<typeof makeWorkspace>>;
let aProject: { id: string; slug: string };
let aViewerMembershipId: string;
let aInvitationId: string;
let aWebhookEndpointId: string;
let aWebhookDeliveryId: string;
let aApiKeyId: string;

async function snapshotA() {
  const db = await getDb();
  return {
    workspace: await db.workspace.findUnique({ where: { id: a.workspace.id }, select: { name: true, slug: true } }),
    projects: await db.project.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    memberships: await db.membership.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    agentVersions: await db.agentVersion.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    webhookEndpoints: await db.webhookEndpoint.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    webhookDeliveries: await db.webhookDelivery.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
    apiKeys: await db.apiKey.findMany({ where: { workspaceId: a.workspace.id }, orderBy: { id: "asc" } }),
  };
}

beforeAll(async () => {
  a = await makeWorkspace("Alpha");
  b = await makeWorkspace("Beta");
  aProject = await a.as("owner").project.create({ workspaceSlug: a.slug, name: "Alpha secret project" });
  const members = await a.as("owner").member.list({ workspaceSlug: a.slug });
  aViewerMembershipId = members.find((m) => m.role === "viewer")!.membershipId;
  await a.as("owner").agent.create({ workspaceSlug: a.slug, key: "alpha_reviewer", forkOf: "code_reviewer" });
  aInvitationId = (await a.as("owner").invitation.create({ workspaceSlug: a.slug, role: "member" })).invitation.id;
  aWebhookEndpointId = (await a.as("owner").webhook.create({ workspaceSlug: a.slug, url: "https://hooks.example.com/alpha", events: ["run.succeeded"] })).endpoint.id;
  const delivery = { workspaceId: a.workspace.id, endpointId: aWebhookEndpointId, eventId: "evt_alpha", eventType: "run.succeeded", payload: {}, status: "failed" };
  aWebhookDeliveryId = (await (await getDb()).webhookDelivery.create({ data: delivery })).id;
  aApiKeyId = (await a.as("owner").apiKey.create({ workspaceSlug: a.slug, name: "Alpha CI", scopes: ["read"] })).apiKey.id;
});

// B's owner holds every permission, so only tenancy can stop these.
const attacks: Record<string, () => Promise<unknown>> = {
  "workspace.get with A's slug": () => b.as("owner").workspace.get({ workspaceSlug: a.slug }),
  "workspace.rename with A's slug": () => b.as("owner").workspace.rename({ workspaceSlug: a.slug, name: "pwned" }),
  "workspace.delete with A's slug": () => b.as("owner").workspace.delete({ workspaceSlug: a.slug, confirmName: "Alpha" }),
  "member.list with A's slug": () => b.as("owner").member.list({ workspaceSlug: a.slug }),
  "member.changeRole with A's slug": () =>
    b.as("owner").member.changeRole({ workspaceSlug: a.slug, membershipId: aViewerMembershipId, role: "owner" }),
  "member.changeRole of A's member via B": () =>
    b.as("owner").member.changeRole({ workspaceSlug: b.slug, membershipId: aViewerMembershipId, role: "owner" }),
  "member.remove of A's member via B": () =>
    b.as("owner").member.remove({ workspaceSlug: b.slug, membershipId: aViewerMembershipId }),
  "member.leave with A's slug": () => b.as("owner").member.leave({ workspaceSlug: a.slug }),
  "invitation.create with A's slug": () => b.as("owner").invitation.create({ workspaceSlug: a.slug, role: "owner" }),
  "invitation.list with A's slug": () => b.as("owner").invitation.list({ workspaceSlug: a.slug }),
  "invitation.revoke of A's invitation via B": () =>
    b.as("owner").invitation.revoke({ workspaceSlug: b.slug, invitationId: aInvitationId }),
  "project.list with A's slug": () => b.as("owner").project.list({ workspaceSlug: a.slug }),
  "project.get with A's slug": () => b.as("owner").project.get({ workspaceSlug: a.slug, projectSlug: aProject.slug }),
  "project.get of A's project via B": () =>
    b.as("owner").project.get({ workspaceSlug: b.slug, projectSlug: aProject.slug }),
  "project.create with A's slug": () => b.as("owner").project.create({ workspaceSlug: a.slug, name: "Injected" }),
  "project.update of A's project via B": () =>
    b.as("owner").project.update({ workspaceSlug: b.slug, projectId: aProject.id, name: "pwned" }),
  "project.setArchived of A's project via B": () =>
    b.as("owner").project.setArchived({ workspaceSlug: b.slug, projectId: aProject.id, archived: true }),
  "agent.previewPrompt with A's project via B": () =>
    b.as("owner").agent.previewPrompt({ workspaceSlug: b.slug, agentId: "backend_developer", task: "x", projectId: aProject.id }),
  "agent.get of A's custom agent via B": () => b.as("owner").agent.get({ workspaceSlug: b.slug, agentId: "alpha_reviewer" }),
  "agent.versions of A's custom agent via B": () => b.as("owner").agent.versions({ workspaceSlug: b.slug, key: "alpha_reviewer" }),
  "agent.version of A's custom agent via B": () => b.as("owner").agent.version({ workspaceSlug: b.slug, key: "alpha_reviewer", version: 1 }),
  "agent.diff of A's custom agent via B": () => b.as("owner").agent.diff({ workspaceSlug: b.slug, key: "alpha_reviewer", from: 1, to: 1 }),
  "agent.rollback of A's custom agent via B": () => b.as("owner").agent.rollback({ workspaceSlug: b.slug, key: "alpha_reviewer", version: 1 }),
  "agent.previewPrompt of A's custom agent via B": () =>
    b.as("owner").agent.previewPrompt({ workspaceSlug: b.slug, agentId: "alpha_reviewer", task: "x" }),
  "agent.list with A's slug": () => b.as("owner").agent.list({ workspaceSlug: a.slug }),
  "project.delete of A's project via B": () =>
    b.as("owner").project.delete({ workspaceSlug: b.slug, projectId: aProject.id }),
  "webhook.list with A's slug": () => b.as("owner").webhook.list({ workspaceSlug: a.slug }),
  "webhook.create with A's slug": () => b.as("owner").webhook.create({ workspaceSlug: a.slug, url: "https://evil.example.com/", events: ["run.failed"] }),
  "webhook.delete of A's endpoint via B": () => b.as("owner").webhook.delete({ workspaceSlug: b.slug, endpointId: aWebhookEndpointId }),
  "webhook.deliveries of A's endpoint via B": () => b.as("owner").webhook.deliveries({ workspaceSlug: b.slug, endpointId: aWebhookEndpointId }),
  "webhook.redeliver of A's delivery via B": () => b.as("owner").webhook.redeliver({ workspaceSlug: b.slug, deliveryId: aWebhookDeliveryId }),
  "apiKey.list with A's slug": () => b.as("owner").apiKey.list({ workspaceSlug: a.slug }),
  "apiKey.create with A's slug": () => b.as("owner").apiKey.create({ workspaceSlug: a.slug, name: "Injected", scopes: ["admin"] }),
  "apiKey.revoke of A's key via B": () => b.as("owner").apiKey.revoke({ workspaceSlug: b.slug, apiKeyId: aApiKeyId }),
};

describe("tenant isolation", () => {
  it.each(Object.keys(attacks))("%s → NOT_FOUND, A unchanged", async (name) => {
    const before = await snapshotA();
    const error = await attacks[name]!().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    expect(await snapshotA()).toEqual(before);
  });

  it("does not list A's projects or workspace to B", async () => {
    const projects = await b.as("owner").project.list({ workspaceSlug: b.slug, status: "all" });
    expect(projects.map((p) => p.id)).not.toContain(aProject.id);
    const workspaces = await b.as("owner").workspace.list();
    expect(workspaces.map((w) => w.slug)).toEqual([b.slug]);
  });

  it("still lets A's owner see the untouched project", async () => {
    const project = await a.as("owner").project.get({ workspaceSlug: a.slug, projectSlug: aProject.slug });
    expect(project).toMatchObject({ name: "Alpha secret project", archivedAt: null });
  });
});
