// The workspaces a user belongs to, with their role in each.
import type { TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";

export type TWorkspaceListItem = { id: string; name: string; slug: string; role: TRole; memberCount: number; projectCount: number };

export async function listWorkspaces(userId: string): Promise<TWorkspaceListItem[]> {
  const db = await getDb();
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: {
      role: true,
      workspace: {
        select: {
          id: true, name: true, slug: true,
          _count: { select: { memberships: true, projects: { where: { archivedAt: null } } } },
        },
      },
    },
  });
  return rows.map(({ role, workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    slug: workspace.slug,
    role,
    memberCount: workspace._count.memberships,
    projectCount: workspace._count.projects,
  }));
}
