import { permissionsOf } from "@/server/auth/permissions";
import { requirePermission, workspaceProcedure } from "../../init";

/** The workspace as the caller sees it, with the permissions their role holds. */
export const getWorkspaceProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .query(({ ctx }) => ({
    ...ctx.membership.workspace,
    role: ctx.membership.role,
    permissions: permissionsOf(ctx.membership.role),
  }));
