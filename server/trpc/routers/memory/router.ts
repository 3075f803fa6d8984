import { createRouter } from "../../init";
import { addMemoryProcedure } from "./add";
import { deleteMemoryItemProcedure } from "./delete";
import { getMemoryItemProcedure } from "./get";
import { entitySourcesProcedure, memoryGraphProcedure } from "./graph";
import { listMemoryProcedure } from "./list";
import { reindexMemoryProcedure } from "./reindex";
import { memoryRetentionProcedure, setMemoryRetentionProcedure } from "./retention";
import { searchMemoryProcedure } from "./search";
import { memoryStatusProcedure } from "./status";
import { updateMemoryItemProcedure } from "./update";

export const memoryRouter = createRouter({
  search: searchMemoryProcedure,
  list: listMemoryProcedure,
  get: getMemoryItemProcedure,
  add: addMemoryProcedure,
  update: updateMemoryItemProcedure,
  delete: deleteMemoryItemProcedure,
  graph: memoryGraphProcedure,
  entitySources: entitySourcesProcedure,
  status: memoryStatusProcedure,
  reindex: reindexMemoryProcedure,
  retention: memoryRetentionProcedure,
  setRetention: setMemoryRetentionProcedure,
});
