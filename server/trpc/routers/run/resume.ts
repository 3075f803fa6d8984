import { resumeRun } from "@/server/services/runs/resume-run";
import { ZResumeRunInput } from "@/server/services/runs/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const resumeRunProcedure = workspaceProcedure
  .use(requirePermission("run.start"))
  .input(ZResumeRunInput)
  .mutation(({ ctx, input }) => resumeRun(ctx.scope, input));
