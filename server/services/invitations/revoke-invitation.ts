// Revoke a pending invitation so its link stops working.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { assertMayTouchOwner } from "../members/owner-rules";
import type { TWorkspaceScope } from "../shared/scope";
import { ZInvitationIdInput, type TInvitationIdInput } from "./schemas";

export async function revokeInvitation(scope: TWorkspaceScope, raw: TInvitationIdInput): Promise<void> {
  const input = ZInvitationIdInput.parse(raw);
  const db = await getDb();
  const invitation = await db.invitation.findFirst({
    where: { id: input.invitationId, workspaceId: scope.workspaceId, acceptedAt: null, revokedAt: null },
    select: { id: true, role: true },
  });
  if (!invitation) throw notFound("Invitation");
  assertMayTouchOwner(scope, invitation.role);
  await db.invitation.updateMany({
    where: { id: invitation.id, workspaceId: scope.workspaceId, acceptedAt: null },
    data: { revokedAt: new Date() },
  });
}
