import { createRouter } from "../../init";
import { cancelRunProcedure } from "./cancel";
import { decideApprovalProcedure } from "./decide";
import { getRunProcedure } from "./get";
import { listRunsProcedure } from "./list";
import { resumeRunProcedure } from "./resume";
import { startRunProcedure } from "./start";

export const runRouter = createRouter({
  start: startRunProcedure,
  get: getRunProcedure,
  list: listRunsProcedure,
  cancel: cancelRunProcedure,
  decide: decideApprovalProcedure,
  resume: resumeRunProcedure,
});
