import { removeMember } from "@/server/services/members/remove-member";
import { ZRemoveMemberInput } from "@/server/services/members/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const removeMemberProcedure = workspaceProcedure
  .use(requirePermission("member.remove"))
  .input(ZRemoveMemberInput)
  .mutation(({ ctx, input }) => removeMember(ctx.scope, input));
