// tools.policy: the current tool policy version (0 = nothing saved, default deny).
import { getToolPolicy } from "@/server/services/tools/get-tool-policy";
import { requirePermission, workspaceProcedure } from "../../init";

export const getToolPolicyProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .query(({ ctx }) => getToolPolicy(ctx.scope));
