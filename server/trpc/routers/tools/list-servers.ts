// tools.listServers: the registered MCP servers, secrets left out.
import { listToolServers } from "@/server/services/tools/list-tool-servers";
import { requirePermission, workspaceProcedure } from "../../init";

export const listToolServersProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .query(({ ctx }) => listToolServers(ctx.scope));
