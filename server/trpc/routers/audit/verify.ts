// audit.verify: recompute the workspace's hash chain (optionally against a
// head kept from an earlier export) and say whether and where it is broken.
import { ZVerifyAuditChainInput } from "@/server/services/audit/schemas";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { requirePermission, workspaceProcedure } from "../../init";

export const verifyAuditChainProcedure = workspaceProcedure
  .use(requirePermission("audit.read"))
  .input(ZVerifyAuditChainInput)
  .query(({ ctx, input }) => verifyAuditChain(ctx.scope.workspaceId, { anchor: input.anchor }));
