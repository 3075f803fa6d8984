// Members of a workspace with their user details.
import type { TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";

export type TMember = { membershipId: string; userId: string; email: string; name: string | null; role: TRole; joinedAt: Date };

export async function listMembers(scope: TWorkspaceScope): Promise<TMember[]> {
  const db = await getDb();
  const rows = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joinedAt: m.createdAt,
  }));
}
