// GET /api/workspaces/:slug/audit/export: admins download the chain as JSON
// Lines with its head in the headers; members are refused, another
// workspace's slug reads as not found, and signing in comes first.
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/workspaces/[workspaceSlug]/audit/export/route";
import { currentUserId } from "@/server/auth/config";
import { makeWorkspace } from "@/server/testing/fixtures";
import { appendAuditEvent } from "./append-audit-event";

vi.mock("@/server/auth/config", () => ({ currentUserId: vi.fn() }));

const exportAs = async (userId: string | null, slug: string) => {
  vi.mocked(currentUserId).mockResolvedValue(userId);
  return GET(new Request(`http://localhost/api/workspaces/${slug}/audit/export`, { headers: { "x-forwarded-for": "203.0.113.7" } }), { params: Promise.resolve({ workspaceSlug: slug }) });
};

describe("audit export route", () => {
  it("streams the chain to an admin, with the head in the headers", async () => {
    const ws = await makeWorkspace("Export route");
    const last = [];
    for (let i = 0; i < 3; i++) last.push(await appendAuditEvent({ workspaceId: ws.workspace.id, actorType: "system", action: "test.thing", targetType: "thing" }));

    const res = await exportAs(ws.users.admin.id, ws.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${ws.slug}-audit-log-\\d{4}-\\d{2}-\\d{2}\\.jsonl"$`));
    expect(res.headers.get("x-audit-head-seq")).toBe("3");
    expect(res.headers.get("x-audit-head-hash")).toBe(last[2]!.hash);
    const lines = (await res.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.kind ?? l.seq)).toEqual(["coral.audit.export", 1, 2, 3, "coral.audit.head"]);

    // The download itself is recorded, with who and from where.
    const page = await ws.as("owner").audit.list({ workspaceSlug: ws.slug, limit: 1 });
    expect(page.data[0]).toMatchObject({ seq: 4, action: "audit.exported", actorId: ws.users.admin.id, ip: "203.0.113.7" });
  });

  it("refuses members, other workspaces and anonymous callers", async () => {
    const a = await makeWorkspace("Export A");
    const b = await makeWorkspace("Export B");
    expect((await exportAs(a.users.member.id, a.slug)).status).toBe(403);
    expect((await exportAs(b.users.owner.id, a.slug)).status).toBe(404);
    expect((await exportAs(null, a.slug)).status).toBe(401);
    expect(await a.as("owner").audit.list({ workspaceSlug: a.slug })).toEqual({ data: [], nextCursor: null });
  });
});
