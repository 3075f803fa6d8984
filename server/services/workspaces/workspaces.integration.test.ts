import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, makeUser, makeWorkspace } from "@/server/testing/fixtures";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: TRPCError) => e.code);

describe("workspaces", () => {
  it("creates with a unique slug and makes the creator owner", async () => {
    const user = await makeUser("creator");
    const api = callerFor(user.id);
    const a = await api.workspace.create({ name: "Globex Corp" });
    const b = await api.workspace.create({ name: "Globex corp" });
    expect([a.slug, b.slug]).toEqual(["globex-corp", "globex-corp-2"]);
    expect((await api.workspace.get({ workspaceSlug: a.slug })).role).toBe("owner");
    expect((await api.workspace.list()).map((w) => w.slug)).toEqual(["globex-corp", "globex-corp-2"]);
  });

  it("never takes a reserved path as a slug", async () => {
    const user = await makeUser("reserved");
    expect((await callerFor(user.id).workspace.create({ name: "API" })).slug).toBe("api-2");
  });

  it("renames without changing the slug", async () => {
    const ws = await makeWorkspace("Initech");
    const renamed = await ws.as("admin").workspace.rename({ workspaceSlug: ws.slug, name: "Initech Global" });
    expect(renamed).toMatchObject({ name: "Initech Global", slug: ws.slug });
  });

  it("deletes only with the exact name typed, and only for owners", async () => {
    const ws = await makeWorkspace("Hooli");
    expect(await codeOf(ws.as("admin").workspace.delete({ workspaceSlug: ws.slug, confirmName: "Hooli" }))).toBe("FORBIDDEN");
    expect(await codeOf(ws.as("owner").workspace.delete({ workspaceSlug: ws.slug, confirmName: "hooli" }))).toBe("BAD_REQUEST");
    await ws.as("owner").workspace.delete({ workspaceSlug: ws.slug, confirmName: "Hooli" });
    expect(await codeOf(ws.as("owner").workspace.get({ workspaceSlug: ws.slug }))).toBe("NOT_FOUND");
    expect(await ws.as("viewer").workspace.list()).toEqual([]);
  });

  it("refuses anonymous callers", async () => {
    expect(await codeOf(callerFor(null).workspace.list())).toBe("UNAUTHORIZED");
  });
});
