// tools.testServer: connect to a server, list its tools and remember them (or the error).
import { ZToolServerIdInput } from "@/server/services/tools/schemas";
import { testToolServerConnection } from "@/server/services/tools/test-tool-server";
import { requirePermission, workspaceProcedure } from "../../init";

// Managing, not reading: a test starts the server's process or calls its URL.
export const testToolServerProcedure = workspaceProcedure
  .use(requirePermission("tools.manage"))
  .input(ZToolServerIdInput)
  .mutation(({ ctx, input }) => testToolServerConnection(ctx.scope, input));
