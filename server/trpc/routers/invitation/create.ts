import { createInvitation } from "@/server/services/invitations/create-invitation";
import { ZCreateInvitationInput } from "@/server/services/invitations/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createInvitationProcedure = workspaceProcedure
  .use(requirePermission("member.invite"))
  .input(ZCreateInvitationInput)
  .mutation(({ ctx, input }) => createInvitation(ctx.scope, input));
