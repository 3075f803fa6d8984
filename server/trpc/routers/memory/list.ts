import { listMemory, ZListMemoryInput } from "@/server/services/memory/memory-explorer";
import { requirePermission, workspaceProcedure } from "../../init";

export const listMemoryProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZListMemoryInput)
  .query(({ ctx, input }) => listMemory(ctx.scope, input));
