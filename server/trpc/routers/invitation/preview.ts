import { z } from "zod";
import { findInvitation } from "@/server/services/invitations/find-invitation";
import { publicProcedure } from "../../init";

/** What the invitation page shows before accepting: workspace, role, state. */
export const previewInvitationProcedure = publicProcedure
  .input(z.object({ token: z.string() }))
  .query(async ({ input }) => {
    const { id: _id, ...preview } = await findInvitation(input.token);
    return preview;
  });
