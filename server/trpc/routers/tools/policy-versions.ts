// tools.policyVersions: the saved policy versions, newest first.
import { listToolPolicyVersions } from "@/server/services/tools/list-tool-policy-versions";
import { ZListToolPolicyVersionsInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listToolPolicyVersionsProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .input(ZListToolPolicyVersionsInput)
  .query(({ ctx, input }) => listToolPolicyVersions(ctx.scope, input));
