import { createRouter } from "../../init";
import { changeMemberRoleProcedure } from "./change-role";
import { leaveWorkspaceProcedure } from "./leave";
import { listMembersProcedure } from "./list";
import { removeMemberProcedure } from "./remove";

export const memberRouter = createRouter({
  list: listMembersProcedure,
  changeRole: changeMemberRoleProcedure,
  remove: removeMemberProcedure,
  leave: leaveWorkspaceProcedure,
});
