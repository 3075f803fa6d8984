// Start a run of a workflow template on a project: check the project, the
// workflow (against this workspace's agents) and the monthly budget, snapshot
// the workflow and agents, then hand the run to the engine.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { engineKind, sendEngineEvent } from "@/server/engine/engine";
import { RUN_REQUESTED } from "@/inngest/functions/run-workflow";
import { microsToUsd } from "@/server/models/cost";
import { validateWorkflow } from "@/server/workflows/definition/validate-workflow";
import { workflowTemplate } from "@/server/workflows/definition/templates";
import { getSpend, monthScope } from "../models/budget-ledger";
import { getModelSettings } from "../models/model-settings";
import type { TWorkspaceScope } from "../shared/scope";
import { createRunRecord } from "./create-run-record";
import { workspaceAgentResolver, type TResolvedAgent } from "./resolve-run-agents";
import { ZStartRunInput, type TStartRunInput } from "./schemas";
import { getWorkflowVersion } from "../workflows/get-workflow-version";

export async function assertWithinMonthlyBudget(workspaceId: string): Promise<void> {
  const settings = await getModelSettings(workspaceId);
  if (settings.monthlyBudgetUsd === null) return;
  const spend = await getSpend(workspaceId, monthScope());
  if (microsToUsd(spend.spentMicros) >= settings.monthlyBudgetUsd) {
    throw new AppError("QUOTA_EXCEEDED", `This month's model budget of $${settings.monthlyBudgetUsd.toFixed(2)} is used up. Raise it in Settings → Models to start runs.`);
  }
}

async function workflowSource(scope: TWorkspaceScope, input: TStartRunInput): Promise<{ ref: string; definition: unknown }> {
  if (input.templateId) {
    const template = workflowTemplate(input.templateId);
    if (!template) throw new AppError("INVALID_INPUT", `There is no workflow template "${input.templateId}".`);
    return { ref: `template:${template.id}`, definition: template.definition };
  }
  const workflow = await getWorkflowVersion(scope, { workflowId: input.workflowId!, version: input.version });
  if (workflow.archivedAt) throw new AppError("CONFLICT", "This workflow is archived.");
  return { ref: `workflow:${workflow.id}@${workflow.version}`, definition: workflow.definition };
}

export async function startRun(scope: TWorkspaceScope, raw: TStartRunInput) {
  const input = ZStartRunInput.parse(raw);
  const source = await workflowSource(scope, input);
  return launchRun(scope, { projectId: input.projectId, workflowRef: source.ref, definition: source.definition, task: input.task });
}

export type TLaunchRunInput = {
  projectId: string;
  /** "template:<id>", "workflow:<id>@<version>" or another source, e.g. "github:owner/repo#12". */
  workflowRef: string;
  definition: unknown;
  task: string;
  /** Adjust a step's resolved agent before it is snapshotted (e.g. a review asking for machine-readable findings). */
  adjustAgent?: (stepId: string, agent: TResolvedAgent) => TResolvedAgent;
};

/** Check the project, the definition and the budget, snapshot the agents, create the run and hand it to the engine. */
export async function launchRun(scope: TWorkspaceScope, input: TLaunchRunInput) {
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { id: true, archivedAt: true } });
  if (!project) throw notFound("Project");
  if (project.archivedAt) throw new AppError("CONFLICT", "This project is archived: restore it to start runs.");
  const resolver = await workspaceAgentResolver(scope, input.definition);
  const checked = validateWorkflow(input.definition, resolver.lookup);
  if (!checked.ok) throw new AppError("INVALID_INPUT", `The workflow cannot run: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  await assertWithinMonthlyBudget(scope.workspaceId);

  const agents: Record<string, TResolvedAgent> = {};
  for (const step of checked.definition.steps) {
    if (step.kind !== "agent") continue;
    const resolved = resolver.resolve(step.agent, step.agentVersion)!;
    agents[step.id] = input.adjustAgent ? input.adjustAgent(step.id, resolved) : resolved;
  }

  const run = await createRunRecord({
    workspaceId: scope.workspaceId,
    projectId: project.id,
    workflowRef: input.workflowRef,
    workflowName: checked.definition.name,
    definition: checked.definition,
    agents,
    task: input.task,
    engine: engineKind,
    startedById: scope.actor?.userId ?? null,
  });
  await sendEngineEvent({ name: RUN_REQUESTED, data: { runId: run.id, workspaceId: scope.workspaceId } });
  return { id: run.id, number: run.number, status: run.status };
}
