import { createRouter } from "../../init";
import { acceptInvitationProcedure } from "./accept";
import { createInvitationProcedure } from "./create";
import { listInvitationsProcedure } from "./list";
import { previewInvitationProcedure } from "./preview";
import { revokeInvitationProcedure } from "./revoke";

export const invitationRouter = createRouter({
  create: createInvitationProcedure,
  list: listInvitationsProcedure,
  revoke: revokeInvitationProcedure,
  preview: previewInvitationProcedure,
  accept: acceptInvitationProcedure,
});
