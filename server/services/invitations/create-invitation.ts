// Create an invitation link. The token is returned once; only its hash is kept.
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import { assertMayTouchOwner } from "../members/owner-rules";
import type { TWorkspaceScope } from "../shared/scope";
import { newToken, sha256 } from "../shared/tokens";
import { INVITATION_TTL_MS, ZCreateInvitationInput, type TCreateInvitationInput } from "./schemas";

export async function createInvitation(scope: TWorkspaceScope, raw: TCreateInvitationInput, now = new Date()) {
  const input = ZCreateInvitationInput.parse(raw);
  if (!scope.actor) throw new AppError("INVALID_INPUT", "Invitations are created by a signed-in member.");
  const invitedById = scope.actor.userId;
  assertMayTouchOwner(scope, input.role);
  const db = await getDb();
  const token = newToken();
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        workspaceId: scope.workspaceId,
        tokenHash: sha256(token),
        email: input.email ?? null,
        role: input.role,
        invitedById,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    });
    await appendAuditEvent({ ...auditActorOf(scope), action: "invitation.created", targetType: "invitation", targetId: created.id, data: { role: created.role, email: created.email } }, tx);
    return created;
  });
  return { invitation, token, path: `/invite/${token}` };
}
