import { createRouter } from "../../init";
import { createProjectProcedure } from "./create";
import { deleteProjectProcedure } from "./delete";
import { getProjectProcedure } from "./get";
import { listProjectsProcedure } from "./list";
import { projectProgressProcedure } from "./progress";
import { setProjectArchivedProcedure } from "./set-archived";
import { updateProjectProcedure } from "./update";

export const projectRouter = createRouter({
  list: listProjectsProcedure,
  get: getProjectProcedure,
  create: createProjectProcedure,
  update: updateProjectProcedure,
  setArchived: setProjectArchivedProcedure,
  delete: deleteProjectProcedure,
  progress: projectProgressProcedure,
});
