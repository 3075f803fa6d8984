import { storeMemory, ZStoreMemoryInput } from "@/server/services/memory/store-memory";
import { requirePermission, workspaceProcedure } from "../../init";

/** A person adds a note or fact to the project's memory. */
export const addMemoryProcedure = workspaceProcedure
  .use(requirePermission("project.update"))
  .input(ZStoreMemoryInput.pick({ projectId: true, kind: true, title: true, content: true, importance: true, pinned: true }))
  .mutation(({ ctx, input }) => storeMemory(ctx.scope, input));
