import { requestReindex } from "@/server/services/memory/request-memory-jobs";
import { requirePermission, workspaceProcedure } from "../../init";

/** Ask again for the workspace's re-index (it runs by itself at boot; this is for one that failed). */
export const reindexMemoryProcedure = workspaceProcedure
  .use(requirePermission("workspace.update"))
  .mutation(async ({ ctx }) => {
    await requestReindex([ctx.scope.workspaceId]);
    return { requested: true };
  });
