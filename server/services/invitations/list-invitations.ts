// Pending invitations of a workspace (not accepted, revoked or expired).
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";

export async function listInvitations(scope: TWorkspaceScope, now = new Date()) {
  const db = await getDb();
  return db.invitation.findMany({
    where: { workspaceId: scope.workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, role: true, email: true, expiresAt: true, createdAt: true,
      invitedBy: { select: { name: true, email: true } },
    },
  });
}
