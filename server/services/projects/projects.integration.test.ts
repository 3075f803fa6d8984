import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "@/server/testing/fixtures";

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeAll(async () => {
  ws = await makeWorkspace("Projects");
});
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);

describe("projects", () => {
  it("creates with a unique slug per workspace and lists it", async () => {
    const api = ws.as("member");
    const first = await api.project.create({ workspaceSlug: ws.slug, name: "Task Manager", description: "Kanban for teams" });
    const second = await api.project.create({ workspaceSlug: ws.slug, name: "Task  Manager!" });
    expect([first.slug, second.slug]).toEqual(["task-manager", "task-manager-2"]);
    expect(first.createdBy?.email).toBe(ws.users.member.email);
    const listed = await api.project.list({ workspaceSlug: ws.slug });
    expect(listed.map((p) => p.slug)).toEqual(expect.arrayContaining(["task-manager", "task-manager-2"]));
  });

  it("renames and edits description and settings, keeping the slug", async () => {
    const api = ws.as("member");
    const p = await api.project.create({ workspaceSlug: ws.slug, name: "Shop" });
    const updated = await api.project.update({
      workspaceSlug: ws.slug,
      projectId: p.id,
      name: "Storefront",
      description: "Headless shop",
      settings: { repositoryUrl: "https://github.com/acme/shop", facts: { has_ai_features: true } },
    });
    expect(updated).toMatchObject({ name: "Storefront", slug: "shop", description: "Headless shop" });
    expect(updated.settings).toEqual({ repositoryUrl: "https://github.com/acme/shop", facts: { has_ai_features: true } });
  });

  it("rejects bad input with a clear message", async () => {
    const api = ws.as("member");
    const error = await api.project.create({ workspaceSlug: ws.slug, name: " " }).catch((e: TRPCError) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/at least 2 characters/);
    const p = await api.project.create({ workspaceSlug: ws.slug, name: "Repo check" });
    const bad = await api.project
      .update({ workspaceSlug: ws.slug, projectId: p.id, settings: { repositoryUrl: "ftp://x" } })
      .catch((e: TRPCError) => e);
    expect((bad as TRPCError).message).toMatch(/http\(s\) URL/);
  });

  it("archives and restores, moving between the lists", async () => {
    const api = ws.as("member");
    const p = await api.project.create({ workspaceSlug: ws.slug, name: "Old thing" });
    await api.project.setArchived({ workspaceSlug: ws.slug, projectId: p.id, archived: true });
    expect((await api.project.list({ workspaceSlug: ws.slug })).map((x) => x.id)).not.toContain(p.id);
    expect((await api.project.list({ workspaceSlug: ws.slug, status: "archived" })).map((x) => x.id)).toContain(p.id);
    await api.project.setArchived({ workspaceSlug: ws.slug, projectId: p.id, archived: false });
    expect((await api.project.list({ workspaceSlug: ws.slug })).map((x) => x.id)).toContain(p.id);
  });

  it("deletes (admin) and then reads as not found", async () => {
    const p = await ws.as("member").project.create({ workspaceSlug: ws.slug, name: "Doomed" });
    await ws.as("admin").project.delete({ workspaceSlug: ws.slug, projectId: p.id });
    expect(await codeOf(ws.as("admin").project.get({ workspaceSlug: ws.slug, projectSlug: p.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(ws.as("admin").project.delete({ workspaceSlug: ws.slug, projectId: p.id }))).toBe("NOT_FOUND");
  });
});
