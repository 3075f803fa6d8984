// What an API key's scopes allow, in terms of the one permissions table: the
// REST layer asks `scopeGrants(key.scopes, "run.start")`, never names a scope.
// A key never holds more than an admin: owner-only powers stay with people.
import { can, permissions, type TPermission } from "./permissions";

export const apiKeyScopes = ["read", "write", "runs:execute", "admin"] as const;
export type TApiKeyScope = (typeof apiKeyScopes)[number];

/** One line per scope for the dashboard and the command line. */
export const apiKeyScopeDescriptions: Record<TApiKeyScope, string> = {
  read: "Read projects, runs, members and usage. Changes nothing.",
  write: "Read, plus create, edit, archive and delete projects, workflows and agents.",
  "runs:execute": "Read projects and runs, and start, approve and cancel runs.",
  admin: "Everything a workspace admin can do, including managing members and API keys.",
};

// Reading is safe to hand out broadly; the audit log is kept for admins.
const READ: readonly TPermission[] = permissions.filter((p) => p.endsWith(".read") && p !== "audit.read");
const WRITE: readonly TPermission[] = [
  ...READ,
  "project.create",
  "project.update",
  "project.archive",
  "project.delete",
  "workflow.edit",
  "agent.edit",
];
const RUNS_EXECUTE: readonly TPermission[] = ["project.read", "run.read", "run.start", "run.approve", "run.cancel"];

const grants: Record<TApiKeyScope, (permission: TPermission) => boolean> = {
  read: (p) => READ.includes(p),
  write: (p) => WRITE.includes(p),
  "runs:execute": (p) => RUNS_EXECUTE.includes(p),
  admin: (p) => can("admin", p),
};

export function isApiKeyScope(value: string): value is TApiKeyScope {
  return (apiKeyScopes as readonly string[]).includes(value);
}

/** Whether any of the key's scopes grants the permission. Unknown scope strings grant nothing. */
export function scopeGrants(scopes: readonly string[], permission: TPermission): boolean {
  return scopes.some((scope) => isApiKeyScope(scope) && grants[scope](permission));
}
