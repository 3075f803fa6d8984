// How roles read in the UI. What a role may do is decided by the permissions
// table on the server; these are only the words for it.
import type { TRole } from "@/server/auth/permissions";

export const roleOrder = ["owner", "admin", "member", "viewer"] as const satisfies readonly TRole[];

export const roleLabels: Record<TRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};

export const roleDescriptions: Record<TRole, string> = {
  owner: "Everything, including deleting the workspace and managing owners.",
  admin: "Manage members, invitations and workspace settings.",
  member: "Create and edit projects and run agents.",
  viewer: "Read-only access to projects and runs.",
};

/** Article for "…is now an admin" / "…is now a member". */
export function withArticle(role: TRole): string {
  const label = roleLabels[role].toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
