import { z } from "zod";
import { ZRole } from "../members/schemas";
import { ZEmail } from "../users/schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const ZCreateInvitationInput = z.object({ role: ZRole, email: ZEmail.optional() });
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZInvitationIdInput = z.object({ invitationId: z.string().min(1) });
export type TInvitationIdInput = z.infer<typeof ZInvitationIdInput>;

export const ZInvitationToken = z.string().trim().min(20, "This invitation link is incomplete.").max(200);
