// Find the signed-in user's membership in a workspace by slug. Not a member
// reads exactly like "no such workspace", so slugs of others are not confirmed.
import type { TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";

export type TResolvedMembership = {
  workspace: { id: string; name: string; slug: string };
  membershipId: string;
  role: TRole;
};

export async function resolveMembership(userId: string, workspaceSlug: string): Promise<TResolvedMembership> {
  const db = await getDb();
  const membership = await db.membership.findFirst({
    where: { userId, workspace: { slug: workspaceSlug } },
    select: { id: true, role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  if (!membership) throw notFound("Workspace");
  return { workspace: membership.workspace, membershipId: membership.id, role: membership.role };
}
