// tools.createServer: register an MCP server from a preset or custom; secrets are sealed.
import { createToolServer } from "@/server/services/tools/create-tool-server";
import { ZCreateToolServerInput } from "@/server/services/tools/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const createToolServerProcedure = workspaceProcedure
  .use(requirePermission("tools.manage"))
  .input(ZCreateToolServerInput)
  .mutation(({ ctx, input }) => createToolServer(ctx.scope, input));
