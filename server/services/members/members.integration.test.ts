import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace("Members");
});

const membershipOf = async (role: "owner" | "admin" | "member" | "viewer") =>
  (await ws.as("owner").member.list({ workspaceSlug: ws.slug })).find((m) => m.userId === ws.users[role].id)!.membershipId;

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);

describe("members", () => {
  it("lists members with their roles", async () => {
    const members = await ws.as("viewer").member.list({ workspaceSlug: ws.slug });
    expect(members.map((m) => m.role).sort()).toEqual(["admin", "member", "owner", "viewer"]);
  });

  it("lets an admin change a member's role", async () => {
    const id = await membershipOf("member");
    await ws.as("admin").member.changeRole({ workspaceSlug: ws.slug, membershipId: id, role: "viewer" });
    const after = await ws.as("owner").member.list({ workspaceSlug: ws.slug });
    expect(after.find((m) => m.membershipId === id)!.role).toBe("viewer");
  });

  it("does not let an admin demote or remove an owner, or make one", async () => {
    const owner = await membershipOf("owner");
    const member = await membershipOf("member");
    expect(await codeOf(ws.as("admin").member.changeRole({ workspaceSlug: ws.slug, membershipId: owner, role: "viewer" }))).toBe("FORBIDDEN");
    expect(await codeOf(ws.as("admin").member.remove({ workspaceSlug: ws.slug, membershipId: owner }))).toBe("FORBIDDEN");
    expect(await codeOf(ws.as("admin").member.changeRole({ workspaceSlug: ws.slug, membershipId: member, role: "owner" }))).toBe("FORBIDDEN");
  });

  it("always keeps at least one owner", async () => {
    const owner = await membershipOf("owner");
    expect(await codeOf(ws.as("owner").member.changeRole({ workspaceSlug: ws.slug, membershipId: owner, role: "admin" }))).toBe("CONFLICT");
    expect(await codeOf(ws.as("owner").member.leave({ workspaceSlug: ws.slug }))).toBe("CONFLICT");
    // With a second owner the first may step down.
    await ws.as("owner").member.changeRole({ workspaceSlug: ws.slug, membershipId: await membershipOf("admin"), role: "owner" });
    await ws.as("owner").member.changeRole({ workspaceSlug: ws.slug, membershipId: owner, role: "admin" });
    const roles = (await ws.as("admin").member.list({ workspaceSlug: ws.slug })).filter((m) => m.role === "owner");
    expect(roles.map((m) => m.userId)).toEqual([ws.users.admin.id]);
  });

  it("removes a member, who then cannot see the workspace", async () => {
    await ws.as("admin").member.remove({ workspaceSlug: ws.slug, membershipId: await membershipOf("viewer") });
    expect(await codeOf(ws.as("viewer").workspace.get({ workspaceSlug: ws.slug }))).toBe("NOT_FOUND");
  });

  it("lets a viewer leave on their own", async () => {
    await ws.as("viewer").member.leave({ workspaceSlug: ws.slug });
    expect(await ws.as("viewer").workspace.list()).toEqual([]);
  });
});
