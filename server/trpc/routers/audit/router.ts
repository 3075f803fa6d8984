// The workspace audit log: list and verify. The export is a download, so it
// is a route handler (app/api/workspaces/[workspaceSlug]/audit/export).
import { createRouter } from "../../init";
import { listAuditEventsProcedure } from "./list";
import { verifyAuditChainProcedure } from "./verify";

export const auditRouter = createRouter({
  list: listAuditEventsProcedure,
  verify: verifyAuditChainProcedure,
});
