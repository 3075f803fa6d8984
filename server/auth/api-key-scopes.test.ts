import { describe, expect, it } from "vitest";
import { apiKeyScopes, scopeGrants, type TApiKeyScope } from "./api-key-scopes";
import { can, permissions, type TPermission } from "./permissions";

// The whole mapping spelled out, so a new permission fails here until someone
// decides which scopes grant it.
const expected: Record<TPermission, TApiKeyScope[]> = {
  "workspace.read": ["read", "write", "admin"],
  "workspace.update": ["admin"],
  "workspace.delete": [],
  "member.read": ["read", "write", "admin"],
  "member.invite": ["admin"],
  "member.update": ["admin"],
  "member.remove": ["admin"],
  "member.manageOwners": [],
  "project.read": ["read", "write", "runs:execute", "admin"],
  "project.create": ["write", "admin"],
  "project.update": ["write", "admin"],
  "project.archive": ["write", "admin"],
  "project.delete": ["write", "admin"],
  "run.read": ["read", "write", "runs:execute", "admin"],
  "run.start": ["runs:execute", "admin"],
  "run.approve": ["runs:execute", "admin"],
  "run.cancel": ["runs:execute", "admin"],
  "workflow.edit": ["write", "admin"],
  "agent.edit": ["write", "admin"],
  "mcp.policy.edit": ["admin"],
  "tools.read": ["read", "write", "admin"],
  "tools.manage": ["admin"],
  "apikey.manage": ["admin"],
  "webhook.manage": ["admin"],
  "github.manage": ["admin"],
  "models.manage": ["admin"],
  "usage.read": ["read", "write", "admin"],
  "audit.read": ["admin"],
  "billing.manage": [],
};

describe("API key scopes", () => {
  it.each(permissions)("%s is granted by exactly the expected scopes", (permission) => {
    const granting = apiKeyScopes.filter((scope) => scopeGrants([scope], permission));
    expect(granting).toEqual(expected[permission]);
  });

  it("never grants an owner-only permission, whatever the scopes", () => {
    for (const p of permissions) {
      if (!can("admin", p)) expect(scopeGrants(apiKeyScopes, p), p).toBe(false);
    }
  });

  it("lets the admin scope do what an admin role does", () => {
    for (const p of permissions) expect(scopeGrants(["admin"], p), p).toBe(can("admin", p));
  });

  it("combines scopes as a union", () => {
    expect(scopeGrants(["read", "runs:execute"], "run.start")).toBe(true);
    expect(scopeGrants(["read", "runs:execute"], "project.create")).toBe(false);
  });

  it("grants nothing for no scopes or unknown scope strings", () => {
    for (const p of permissions) {
      expect(scopeGrants([], p)).toBe(false);
      expect(scopeGrants(["owner", "*", "READ"], p)).toBe(false);
    }
  });
});
