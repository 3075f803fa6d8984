import { changeMemberRole } from "@/server/services/members/change-member-role";
import { ZChangeMemberRoleInput } from "@/server/services/members/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const changeMemberRoleProcedure = workspaceProcedure
  .use(requirePermission("member.update"))
  .input(ZChangeMemberRoleInput)
  .mutation(({ ctx, input }) => changeMemberRole(ctx.scope, input));
