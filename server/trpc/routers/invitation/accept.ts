import { z } from "zod";
import { acceptInvitation } from "@/server/services/invitations/accept-invitation";
import { protectedProcedure } from "../../init";

export const acceptInvitationProcedure = protectedProcedure
  .input(z.object({ token: z.string() }))
  .mutation(({ ctx, input }) => acceptInvitation(ctx.userId, input.token));
