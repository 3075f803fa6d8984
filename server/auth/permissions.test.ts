import { describe, expect, it } from "vitest";
import { assertCan, can, permissions, permissionsOf, permissionTable, roles } from "./permissions";

describe("permissions table", () => {
  it("gives every permission to the owner", () => {
    for (const p of permissions) expect(can("owner", p), p).toBe(true);
  });

  it("makes each role a superset of the role below it", () => {
    const ladder = ["viewer", "member", "admin", "owner"] as const;
    for (let i = 1; i < ladder.length; i++) {
      const lower = new Set(permissionsOf(ladder[i - 1]!));
      const higher = new Set(permissionsOf(ladder[i]!));
      for (const p of lower) expect(higher.has(p), `${ladder[i]} lacks ${p}`).toBe(true);
    }
  });

  it("lets a viewer read but change nothing", () => {
    expect(permissionsOf("viewer").sort()).toEqual(["member.read", "project.read", "run.read", "workspace.read"]);
  });

  it("keeps owner-only powers away from admins", () => {
    expect(can("admin", "member.manageOwners")).toBe(false);
    expect(can("admin", "workspace.delete")).toBe(false);
    expect(can("admin", "member.invite")).toBe(true);
  });

  it("lets a member create and run but not manage people", () => {
    expect(can("member", "project.create")).toBe(true);
    expect(can("member", "run.start")).toBe(true);
    expect(can("member", "member.invite")).toBe(false);
    expect(can("member", "project.delete")).toBe(false);
  });

  it("throws FORBIDDEN naming the permission", () => {
    expect(() => assertCan("viewer", "project.create")).toThrowError(/project\.create/);
  });

  it("only names known roles", () => {
    for (const allowed of Object.values(permissionTable)) for (const r of allowed) expect(roles).toContain(r);
  });
});
