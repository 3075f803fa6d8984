import { listInvitations } from "@/server/services/invitations/list-invitations";
import { requirePermission, workspaceProcedure } from "../../init";

export const listInvitationsProcedure = workspaceProcedure
  .use(requirePermission("member.invite"))
  .query(({ ctx }) => listInvitations(ctx.scope));
