import { getMemoryRetention, setMemoryRetention } from "@/server/services/memory/memory-retention";
import { ZSetMemoryRetentionInput } from "@/server/services/memory/retention-schema";
import { requirePermission, workspaceProcedure } from "../../init";

export const memoryRetentionProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .query(({ ctx }) => getMemoryRetention(ctx.scope));

/** Days unpinned memory is kept (null: for ever); a sweep runs at once. */
export const setMemoryRetentionProcedure = workspaceProcedure
  .use(requirePermission("workspace.update"))
  .input(ZSetMemoryRetentionInput)
  .mutation(({ ctx, input }) => setMemoryRetention(ctx.scope, input));
