import { retrieveMemory, ZRetrieveMemoryInput } from "@/server/services/memory/retrieve-memory";
import { requirePermission, workspaceProcedure } from "../../init";

export const searchMemoryProcedure = workspaceProcedure
  .use(requirePermission("project.read"))
  .input(ZRetrieveMemoryInput)
  .query(({ ctx, input }) => retrieveMemory(ctx.scope, input));
