import { updateMemoryItem, ZUpdateMemoryInput } from "@/server/services/memory/memory-explorer";
import { requirePermission, workspaceProcedure } from "../../init";

export const updateMemoryItemProcedure = workspaceProcedure
  .use(requirePermission("project.update"))
  .input(ZUpdateMemoryInput)
  .mutation(({ ctx, input }) => updateMemoryItem(ctx.scope, input));
