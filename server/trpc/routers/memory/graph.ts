import { z } from "zod";
import { entitySources, memoryGraph, ZMemoryGraphInput } from "@/server/services/memory/memory-explorer";
import { requirePermission, workspaceProcedure } from "../../init";

export const memoryGraphProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZMemoryGraphInput)
  .query(({ ctx, input }) => memoryGraph(ctx.scope, input));

export const entitySourcesProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(z.object({ projectId: z.string().min(1), entityId: z.string().min(1) }))
  .query(({ ctx, input }) => entitySources(ctx.scope, input));
