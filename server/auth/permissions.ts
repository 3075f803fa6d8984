// The permissions table: the only thing that decides what a role may do.
// Code asks `can(role, "project.create")`; nothing compares role names.
import type { Role } from "@/server/db/generated/enums.ts";
import { AppError } from "@/server/errors/app-error";

export const roles = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];
export type TRole = Role;

const VIEWER = ["viewer", "member", "admin", "owner"] as const;
const MEMBER = ["member", "admin", "owner"] as const;
const ADMIN = ["admin", "owner"] as const;
const OWNER = ["owner"] as const;

export const permissionTable = {
  "workspace.read": VIEWER,
  "workspace.update": ADMIN,
  "workspace.delete": OWNER,
  "member.read": VIEWER,
  "member.invite": ADMIN,
  "member.update": ADMIN,
  "member.remove": ADMIN,
  // Granting, changing or removing the owner role.
  "member.manageOwners": OWNER,
  "project.read": VIEWER,
  "project.create": MEMBER,
  "project.update": MEMBER,
  "project.archive": MEMBER,
  "project.delete": ADMIN,
  "run.read": VIEWER,
  "run.start": MEMBER,
  "run.approve": MEMBER,
  "run.cancel": MEMBER,
  "workflow.edit": MEMBER,
  "agent.edit": MEMBER,
  "mcp.policy.edit": ADMIN,
  // Tools through MCP: see the servers, the policy and the tool-call log; register servers and save policy versions.
  "tools.read": MEMBER,
  "tools.manage": ADMIN,
  "apikey.manage": ADMIN,
  // Outbound webhook endpoints, their delivery log and redelivery.
  "webhook.manage": ADMIN,
  // Connecting GitHub App installations and choosing the project each repository reviews into.
  "github.manage": ADMIN,
  // Provider keys, tier routing, budgets and the response cache.
  "models.manage": ADMIN,
  "usage.read": MEMBER,
  "audit.read": ADMIN,
  "billing.manage": OWNER,
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as TPermission[];

export function can(role: TRole, permission: TPermission): boolean {
  return (permissionTable[permission] as readonly TRole[]).includes(role);
}

export function assertCan(role: TRole, permission: TPermission): void {
  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${role}) does not allow ${permission}.`, { permission });
  }
}

/** Every permission a role holds, for the UI to hide what it cannot do. */
export function permissionsOf(role: TRole): TPermission[] {
  return permissions.filter((p) => can(role, p));
}
