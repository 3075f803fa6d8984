import { createRouter } from "../../init";
import { addMemoryProcedure } from "./add";
import { deleteMemoryItemProcedure } from "./delete";
import { getMemoryItemProcedure } from "./get";
import { entitySourcesProcedure, memoryGraphProcedure } from "./graph";
import { listMemoryProcedure } from "./list";
import { searchMemoryProcedure } from "./search";
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
});
