// What the workflow function needs to execute a run, read once at its start
// (and memoized by the engine): the workflow and agents as snapshotted when the
// run was created, the project, and which steps a resume carried over.
import { ZAgentDefinitionBody, type TAgentDefinitionBody } from "@/server/agents/definition-schema";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { ZWorkflowDefinition, type TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";

export type TRunAgent = { version: number | null; definition: TAgentDefinitionBody };

export type TRunPlan = {
  runId: string;
  workspaceId: string;
  projectId: string;
  status: string;
  task: string;
  definition: TWorkflowDefinition;
  agents: Record<string, TRunAgent>;
  project: { name: string; description: string; facts: Record<string, boolean>; repositoryUrl?: string };
  workspace: { name: string };
  /** Steps already finished: carried over from the run this one resumed. */
  finishedSteps: Record<string, "succeeded" | "skipped">;
};

function projectFacts(settings: unknown): { facts: Record<string, boolean>; repositoryUrl?: string } {
  const s = (settings ?? {}) as { facts?: Record<string, unknown>; repositoryUrl?: unknown };
  const facts = Object.fromEntries(Object.entries(s.facts ?? {}).filter(([, v]) => typeof v === "boolean")) as Record<string, boolean>;
  return { facts, repositoryUrl: typeof s.repositoryUrl === "string" ? s.repositoryUrl : undefined };
}

export async function loadRunPlan(runId: string, workspaceId: string): Promise<TRunPlan> {
  const db = await getDb();
  const run = await db.run.findFirst({
    where: { id: runId, workspaceId },
    include: { project: true, workspace: { select: { name: true } }, steps: { select: { stepId: true, status: true } } },
  });
  if (!run) throw new AppError("NOT_FOUND", "Run not found.");
  const agents = Object.fromEntries(
    Object.entries((run.agents ?? {}) as Record<string, { version: number | null; definition: unknown }>).map(([stepId, a]) => [
      stepId,
      { version: a.version, definition: ZAgentDefinitionBody.parse(a.definition) },
    ]),
  );
  const finishedSteps = Object.fromEntries(
    run.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").map((s) => [s.stepId, s.status as "succeeded" | "skipped"]),
  );
  return {
    runId,
    workspaceId,
    projectId: run.projectId,
    status: run.status,
    task: run.task,
    definition: ZWorkflowDefinition.parse(run.definition),
    agents,
    project: { name: run.project.name, description: run.project.description, ...projectFacts(run.project.settings) },
    workspace: { name: run.workspace.name },
    finishedSteps,
  };
}
