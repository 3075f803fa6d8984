import { getMemoryItem, ZMemoryItemInput } from "@/server/services/memory/memory-explorer";
import { requirePermission, workspaceProcedure } from "../../init";

export const getMemoryItemProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZMemoryItemInput)
  .query(({ ctx, input }) => getMemoryItem(ctx.scope, input));
