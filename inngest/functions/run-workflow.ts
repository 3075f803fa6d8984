// Runs a workflow: triggered by run/requested, at most a few active runs per
// workspace (more wait in the queue), cancelled by run/cancelled for that run.
import type { TEngineFunction } from "@/server/engine/step-tools";
import { executeRun, type TRunEventData } from "@/server/runs/execute-run";

export const RUN_REQUESTED = "run/requested";
export const RUN_CANCELLED = "run/cancelled";
/** Active runs per workspace; the rest queue, and workspaces take turns. */
export const RUNS_PER_WORKSPACE = 3;

export const runWorkflow: TEngineFunction<TRunEventData> = {
  id: "run-workflow",
  trigger: RUN_REQUESTED,
  concurrency: { key: "data.workspaceId", limit: RUNS_PER_WORKSPACE },
  cancelOn: { event: RUN_CANCELLED, match: "data.runId" },
  handler: executeRun,
};
