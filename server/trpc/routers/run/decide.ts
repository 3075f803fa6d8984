import { decideApproval } from "@/server/services/runs/decide-approval";
import { ZDecideApprovalInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const decideApprovalProcedure = workspaceProcedure
  .use(requirePermission("run.approve"))
  .input(ZDecideApprovalInput)
  .mutation(({ ctx, input }) => decideApproval(ctx.scope, input));
