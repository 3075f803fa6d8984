// The audit procedures: admins and owners read and verify their own
// workspace's chain; members and viewers are refused; a member of workspace B
// cannot list or verify A's events (A's slug reads as not found), and
// tampering with A's chain leaves B's intact.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { appendAuditEvent } from "@/server/services/audit/append-audit-event";
import { makeWorkspace } from "@/server/testing/fixtures";

let a: Awaited<ReturnType<typeof makeWorkspace>>;
let b: Awaited<ReturnType<typeof makeWorkspace>>;

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof TRPCError ? e.code : e));

async function seed(workspaceId: string, n: number, action: string) {
  for (let i = 0; i < n; i++) await appendAuditEvent({ workspaceId, actorType: "system", action, targetType: "thing", targetId: `t${i}` });
}

beforeAll(async () => {
  a = await makeWorkspace("Alpha audit");
  b = await makeWorkspace("Beta audit");
  await seed(a.workspace.id, 4, "alpha.secret_thing");
  await seed(b.workspace.id, 2, "beta.thing");
});

describe("audit procedures", () => {
  it("list and verify the caller's workspace for admins and owners", async () => {
    for (const role of ["owner", "admin"] as const) {
      const page = await a.as(role).audit.list({ workspaceSlug: a.slug, limit: 10 });
      expect(page.data.map((e) => e.action)).toEqual(Array(4).fill("alpha.secret_thing"));
      expect(page.data.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    }
    const verified = await a.as("admin").audit.verify({ workspaceSlug: a.slug });
    expect(verified).toMatchObject({ ok: true, events: 4 });
  });

  it("refuses members and viewers", async () => {
    for (const role of ["member", "viewer"] as const) {
      expect(await codeOf(a.as(role).audit.list({ workspaceSlug: a.slug }))).toBe("FORBIDDEN");
      expect(await codeOf(a.as(role).audit.verify({ workspaceSlug: a.slug }))).toBe("FORBIDDEN");
    }
  });

  it("does not let workspace B list or verify A's events", async () => {
    expect(await codeOf(b.as("owner").audit.list({ workspaceSlug: a.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(b.as("owner").audit.verify({ workspaceSlug: a.slug }))).toBe("NOT_FOUND");
    const own = await b.as("owner").audit.list({ workspaceSlug: b.slug, action: "alpha." });
    expect(own).toEqual({ data: [], nextCursor: null });
    const all = await b.as("owner").audit.list({ workspaceSlug: b.slug });
    expect(all.data.map((e) => e.action)).toEqual(["beta.thing", "beta.thing"]);
    expect(await b.as("owner").audit.verify({ workspaceSlug: b.slug })).toMatchObject({ ok: true, events: 2 });
  });

  it("reports A broken after tampering, and B still intact", async () => {
    await (await getDb()).$executeRaw`UPDATE "AuditEvent" SET "targetId" = 'forged' WHERE "workspaceId" = ${a.workspace.id} AND "seq" = 2`;
    expect(await a.as("owner").audit.verify({ workspaceSlug: a.slug })).toMatchObject({ ok: false, brokenAt: 2, events: 1 });
    expect(await b.as("owner").audit.verify({ workspaceSlug: b.slug })).toMatchObject({ ok: true, events: 2 });
  });

  it("checks a kept head and validates it", async () => {
    const head = await b.as("owner").audit.verify({ workspaceSlug: b.slug });
    if (!head.ok) throw new Error("expected an intact chain");
    expect(await b.as("owner").audit.verify({ workspaceSlug: b.slug, anchor: { seq: 2, hash: head.head.toUpperCase() } })).toMatchObject({ ok: true, events: 2 });
    expect(await b.as("owner").audit.verify({ workspaceSlug: b.slug, anchor: { seq: 3, hash: head.head } })).toMatchObject({ ok: false, brokenAt: 3 });
    expect(await codeOf(b.as("owner").audit.verify({ workspaceSlug: b.slug, anchor: { seq: 2, hash: "nope" } }))).toBe("BAD_REQUEST");
    expect(await codeOf(b.as("owner").audit.list({ workspaceSlug: b.slug, limit: 500 }))).toBe("BAD_REQUEST");
  });
});
