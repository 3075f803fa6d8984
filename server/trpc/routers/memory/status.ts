import { memoryStatus, ZMemoryStatusInput } from "@/server/services/memory/memory-status";
import { requirePermission, workspaceProcedure } from "../../init";

/** The active embedder, and how much of the project's memory it has indexed (the rest waits for a re-index). */
export const memoryStatusProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZMemoryStatusInput)
  .query(({ ctx, input }) => memoryStatus(ctx.scope, input));
