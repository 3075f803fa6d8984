// Who may connect GitHub to a workspace named by id (the signed state names
// the workspace by id, not slug): a member whose role holds "github.manage"
// at the moment GitHub sends them back, not merely when they set off.
import { can } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../../shared/scope";

export type TGitHubAdmin = { scope: TWorkspaceScope; workspaceSlug: string };

/** The user's scope in the workspace, or null when they are no longer a member allowed to manage GitHub. */
export async function resolveGitHubAdmin(userId: string, workspaceId: string): Promise<TGitHubAdmin | null> {
  const db = await getDb();
  const membership = await db.membership.findFirst({ where: { userId, workspaceId }, select: { role: true, workspace: { select: { slug: true } } } });
  if (!membership || !can(membership.role, "github.manage")) return null;
  return { scope: { workspaceId, actor: { userId, role: membership.role } }, workspaceSlug: membership.workspace.slug };
}
