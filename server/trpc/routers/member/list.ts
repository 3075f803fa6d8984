import { listMembers } from "@/server/services/members/list-members";
import { requirePermission, workspaceProcedure } from "../../init";

export const listMembersProcedure = workspaceProcedure
  .use(requirePermission("member.read"))
  .query(({ ctx }) => listMembers(ctx.scope));
