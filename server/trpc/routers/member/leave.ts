import { removeMember } from "@/server/services/members/remove-member";
import { workspaceProcedure } from "../../init";

/** Any member may leave; the last owner may not. */
export const leaveWorkspaceProcedure = workspaceProcedure.mutation(({ ctx }) =>
  removeMember(ctx.scope, { membershipId: ctx.membership.membershipId }),
);
