// audit.list: the workspace's audit log, newest first, filtered and paged.
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { ZListAuditEventsInput } from "@/server/services/audit/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listAuditEventsProcedure = workspaceProcedure
  .use(requirePermission("audit.read"))
  .input(ZListAuditEventsInput)
  .query(({ ctx, input }) => listAuditEvents(ctx.scope, input));
