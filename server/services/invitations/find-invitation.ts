// Look an invitation up by the token in its link and say what state it is in.
import type { TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { sha256 } from "../shared/tokens";
import { ZInvitationToken } from "./schemas";

export type TInvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export type TInvitationPreview = {
  id: string;
  workspace: { id: string; name: string; slug: string };
  role: TRole;
  email: string | null;
  invitedBy: string;
  expiresAt: Date;
  status: TInvitationStatus;
};

export async function findInvitation(token: string, now = new Date()): Promise<TInvitationPreview> {
  const parsed = ZInvitationToken.safeParse(token);
  if (!parsed.success) throw notFound("Invitation");
  const db = await getDb();
  const row = await db.invitation.findUnique({
    where: { tokenHash: sha256(parsed.data) },
    select: {
      id: true, role: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      workspace: { select: { id: true, name: true, slug: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!row) throw notFound("Invitation");
  const status: TInvitationStatus = row.acceptedAt
    ? "accepted"
    : row.revokedAt
      ? "revoked"
      : row.expiresAt <= now
        ? "expired"
        : "pending";
  return {
    id: row.id,
    workspace: row.workspace,
    role: row.role,
    email: row.email,
    invitedBy: row.invitedBy.name ?? row.invitedBy.email,
    expiresAt: row.expiresAt,
    status,
  };
}
