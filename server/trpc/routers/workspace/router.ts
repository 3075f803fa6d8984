import { createRouter } from "../../init";
import { createWorkspaceProcedure } from "./create";
import { deleteWorkspaceProcedure } from "./delete";
import { getWorkspaceProcedure } from "./get";
import { listWorkspacesProcedure } from "./list";
import { renameWorkspaceProcedure } from "./rename";

export const workspaceRouter = createRouter({
  list: listWorkspacesProcedure,
  create: createWorkspaceProcedure,
  get: getWorkspaceProcedure,
  rename: renameWorkspaceProcedure,
  delete: deleteWorkspaceProcedure,
});
