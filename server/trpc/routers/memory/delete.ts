import { deleteMemoryItem, ZMemoryItemInput } from "@/server/services/memory/memory-explorer";
import { requirePermission, workspaceProcedure } from "../../init";

export const deleteMemoryItemProcedure = workspaceProcedure
  .use(requirePermission("project.update"))
  .input(ZMemoryItemInput)
  .mutation(({ ctx, input }) => deleteMemoryItem(ctx.scope, input));
