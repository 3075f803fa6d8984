// tools.getServer: one registered MCP server, secrets left out.
import { getToolServer } from "@/server/services/tools/get-tool-server";
import { ZToolServerIdInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const getToolServerProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .input(ZToolServerIdInput)
  .query(({ ctx, input }) => getToolServer(ctx.scope, input));
