// tools.deleteServer: remove an MCP server the current policy no longer names.
import { deleteToolServer } from "@/server/services/tools/delete-tool-server";
import { ZToolServerIdInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const deleteToolServerProcedure = workspaceProcedure
  .use(requirePermission("tools.manage"))
  .input(ZToolServerIdInput)
  .mutation(({ ctx, input }) => deleteToolServer(ctx.scope, input));
