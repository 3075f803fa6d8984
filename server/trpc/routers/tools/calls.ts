// tools.calls: the tool-call log, newest first, optionally one run's calls.
import { listToolCalls } from "@/server/services/tools/list-tool-calls";
import { ZListToolCallsInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const listToolCallsProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .input(ZListToolCallsInput)
  .query(({ ctx, input }) => listToolCalls(ctx.scope, input));
