// tools.savePolicy: save the policy as a new immutable version; a stale base version is a conflict.
import { saveToolPolicy } from "@/server/services/tools/save-tool-policy";
import { ZSaveToolPolicyInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const saveToolPolicyProcedure = workspaceProcedure
  .use(requirePermission("tools.manage"))
  .input(ZSaveToolPolicyInput)
  .mutation(({ ctx, input }) => saveToolPolicy(ctx.scope, input));
