// Every role × every permission in use, through the real tRPC procedures:
// a role the table allows gets past the check, any other gets FORBIDDEN.
import fs from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type TPermission, type TRole } from "@/server/auth/permissions";
import { addMember } from "@/server/services/members/add-member";
import { makeUser, makeWorkspace } from "@/server/testing/fixtures";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;

async function freshViewerMembership(): Promise<string> {
  const user = await makeUser("extra");
  const m = await addMember({ workspaceId: ws.workspace.id, actor: null }, { email: user.email, role: "viewer" });
  return m.id;
}

async function freshProject(): Promise<string> {
  const p = await ws.as("owner").project.create({ workspaceSlug: ws.slug, name: `P ${Math.random()}` });
  return p.id;
}

// Each probe exercises one permission. Probes that would destroy shared state
// send input the service rejects after the permission check (BAD_REQUEST).
const probes: Record<string, (role: TRole) => Promise<unknown>> = {
  "workspace.read": (r) => ws.as(r).workspace.get({ workspaceSlug: ws.slug }),
  "workspace.update": (r) => ws.as(r).workspace.rename({ workspaceSlug: ws.slug, name: ws.workspace.name }),
  "workspace.delete": (r) => ws.as(r).workspace.delete({ workspaceSlug: ws.slug, confirmName: "not the name" }),
  "member.read": (r) => ws.as(r).member.list({ workspaceSlug: ws.slug }),
  "member.invite": (r) => ws.as(r).invitation.create({ workspaceSlug: ws.slug, role: "viewer" }),
  "member.update": async (r) =>
    ws.as(r).member.changeRole({ workspaceSlug: ws.slug, membershipId: await freshViewerMembership(), role: "member" }),
  "member.remove": async (r) =>
    ws.as(r).member.remove({ workspaceSlug: ws.slug, membershipId: await freshViewerMembership() }),
  "member.manageOwners": async (r) =>
    ws.as(r).member.changeRole({ workspaceSlug: ws.slug, membershipId: await freshViewerMembership(), role: "owner" }),
  "project.read": (r) => ws.as(r).project.list({ workspaceSlug: ws.slug }),
  "project.create": (r) => ws.as(r).project.create({ workspaceSlug: ws.slug, name: `By ${r}` }),
  "project.update": async (r) =>
    ws.as(r).project.update({ workspaceSlug: ws.slug, projectId: await freshProject(), description: "edited" }),
  "project.archive": async (r) =>
    ws.as(r).project.setArchived({ workspaceSlug: ws.slug, projectId: await freshProject(), archived: true }),
  "agent.edit": (r) =>
    ws.as(r).agent.create({ workspaceSlug: ws.slug, key: `probe_${r}_${Math.floor(Math.random() * 1e9)}`, forkOf: "qa_testing" }),
  "project.delete": async (r) => ws.as(r).project.delete({ workspaceSlug: ws.slug, projectId: await freshProject() }),
  "usage.read": (r) => ws.as(r).usage.summary({ workspaceSlug: ws.slug, days: 7 }),
  "models.manage": (r) => ws.as(r).models.updateSettings({ workspaceSlug: ws.slug, cacheTtlSeconds: 86_400 }),
  "run.read": (r) => ws.as(r).run.list({ workspaceSlug: ws.slug }),
  // A template that does not exist: refused after the permission check.
  "run.start": async (r) => ws.as(r).run.start({ workspaceSlug: ws.slug, projectId: await freshProject(), templateId: "no-such-template", task: "A task long enough to pass validation." }),
  "run.cancel": (r) => ws.as(r).run.cancel({ workspaceSlug: ws.slug, runId: "no_such_run" }),
  "run.approve": (r) => ws.as(r).run.decide({ workspaceSlug: ws.slug, runId: "no_such_run", approvalId: "no_such_approval", approved: true }),
  "workflow.edit": (r) => ws.as(r).workflow.create({ workspaceSlug: ws.slug, name: `Probe by ${r}` }),
  "webhook.manage": (r) => ws.as(r).webhook.list({ workspaceSlug: ws.slug }),
  "github.manage": (r) => ws.as(r).github.installations({ workspaceSlug: ws.slug }),
  "apikey.manage": (r) => ws.as(r).apiKey.list({ workspaceSlug: ws.slug }),
  "audit.read": (r) => ws.as(r).audit.list({ workspaceSlug: ws.slug }),
  "tools.read": (r) => ws.as(r).tools.listServers({ workspaceSlug: ws.slug }),
  "tools.manage": (r) => ws.as(r).tools.deleteServer({ workspaceSlug: ws.slug, serverId: "no_such_server" }),
};

async function outcome(run: () => Promise<unknown>): Promise<"allowed" | "forbidden"> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return "forbidden";
    // Past the permission check, the service refused the probe's input or did not find its target.
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) return "allowed";
    throw error;
  }
}

beforeAll(async () => {
  ws = await makeWorkspace("Permissions");
});

describe("permission matrix through the procedures", () => {
  const cases = Object.keys(probes).flatMap((permission) => roles.map((role) => ({ permission, role })));
  it.each(cases)("$role × $permission", async ({ permission, role }) => {
    const expected = can(role, permission as TPermission) ? "allowed" : "forbidden";
    expect(await outcome(() => probes[permission]!(role))).toBe(expected);
  });

  it("has a probe for every permission a procedure requires", () => {
    const dir = path.resolve(import.meta.dirname, "routers");
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const source = fs.readFileSync(path.join(file.parentPath, file.name), "utf8");
      for (const m of source.matchAll(/requirePermission\("([^"]+)"\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const permission of used) expect(Object.keys(probes), `no probe for ${permission}`).toContain(permission);
  });
});
