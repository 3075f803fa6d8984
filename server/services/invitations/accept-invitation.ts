// Accept an invitation as the signed-in user: single use, within its expiry.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { findInvitation } from "./find-invitation";

const refusals = {
  accepted: "This invitation has already been used. Ask for a new link.",
  revoked: "This invitation was revoked. Ask for a new link.",
  expired: "This invitation has expired. Ask for a new link.",
} as const;

export async function acceptInvitation(userId: string, token: string, now = new Date()) {
  const invitation = await findInvitation(token, now);
  if (invitation.status !== "pending") throw new AppError("CONFLICT", refusals[invitation.status]);

  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw notFound("User");
  if (invitation.email && invitation.email !== user.email) {
    throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign in with that account to accept it.`);
  }

  return db.$transaction(async (tx) => {
    // Claim the invitation first; the conditional update makes it single use
    // even when two people open the same link at once.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: user.id },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", refusals.accepted);

    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspace.id, userId: user.id } },
      select: { role: true },
    });
    if (!existing) {
      await tx.membership.create({ data: { workspaceId: invitation.workspace.id, userId: user.id, role: invitation.role } });
    }
    return { workspace: invitation.workspace, role: existing?.role ?? invitation.role, alreadyMember: Boolean(existing) };
  });
}
