import { revokeInvitation } from "@/server/services/invitations/revoke-invitation";
import { ZInvitationIdInput } from "@/server/services/invitations/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const revokeInvitationProcedure = workspaceProcedure
  .use(requirePermission("member.invite"))
  .input(ZInvitationIdInput)
  .mutation(({ ctx, input }) => revokeInvitation(ctx.scope, input));
