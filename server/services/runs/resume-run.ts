// Resume a finished, failed or cancelled run from one of its steps, optionally
// editing that step's prompt, model or input first. The new run reuses every
// step that is not downstream of it (its deliverables and handoffs are copied
// over, by step id) and runs the rest again.
import { getDb } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { engineKind, sendEngineEvent } from "@/server/engine/engine";
import { RUN_REQUESTED } from "@/inngest/functions/run-workflow";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { upstreamSets } from "@/server/workflows/definition/workflow-graph";
import type { TWorkspaceScope } from "../shared/scope";
import { createRunRecord } from "./create-run-record";
import type { TResolvedAgent } from "./resolve-run-agents";
import { ZResumeRunInput, type TResumeRunInput } from "./schemas";
import { isRunActive } from "./run-status";
import { assertWithinMonthlyBudget } from "./start-run";

export async function resumeRun(scope: TWorkspaceScope, raw: TResumeRunInput) {
  const input = ZResumeRunInput.parse(raw);
  const db = await getDb();
  const old = await db.run.findFirst({ where: { id: input.runId, workspaceId: scope.workspaceId }, include: { steps: true } });
  if (!old) throw notFound("Run");
  if (isRunActive(old.status)) throw new AppError("CONFLICT", "The run is still going: cancel it or wait for it to finish before resuming.");
  const definition = ZWorkflowDefinition.parse(old.definition);
  const from = definition.steps.find((s) => s.id === input.fromStep);
  if (!from) throw new AppError("INVALID_INPUT", `The run has no step "${input.fromStep}".`);
  if (input.override && from.kind !== "agent") throw new AppError("INVALID_INPUT", "Only an agent step's prompt, model or input can be edited.");
  await assertWithinMonthlyBudget(scope.workspaceId);

  // Re-run the chosen step and everything downstream of it; keep what finished elsewhere.
  const upstream = upstreamSets(definition.steps);
  const rerun = new Set([from.id, ...definition.steps.filter((s) => upstream.get(s.id)?.has(from.id)).map((s) => s.id)]);
  const reused = old.steps.filter((s) => !rerun.has(s.stepId) && (s.status === "succeeded" || s.status === "skipped"));
  const stepSeeds: Record<string, Partial<Prisma.RunStepUncheckedCreateInput>> = Object.fromEntries(
    reused.map((s) => [s.stepId, { status: s.status, reused: true, model: s.model, offline: s.offline, inputTokens: s.inputTokens, outputTokens: s.outputTokens, startedAt: s.startedAt, finishedAt: s.finishedAt }]),
  );
  if (input.override) stepSeeds[from.id] = { override: input.override };

  const run = await createRunRecord({
    workspaceId: scope.workspaceId,
    projectId: old.projectId,
    workflowRef: old.workflowRef,
    workflowName: old.workflowName,
    definition,
    agents: old.agents as Record<string, TResolvedAgent>,
    task: old.task,
    engine: engineKind,
    startedById: scope.actor?.userId ?? null,
    resumedFromId: old.id,
    resumedFromStep: from.id,
    stepSeeds,
  });

  const keep = reused.map((s) => s.stepId);
  const [artifacts, handoffs] = await Promise.all([
    db.artifact.findMany({ where: { runId: old.id, workspaceId: scope.workspaceId, stepId: { in: keep } } }),
    db.handoffMessage.findMany({ where: { runId: old.id, workspaceId: scope.workspaceId, fromStepId: { in: keep } } }),
  ]);
  await db.artifact.createMany({ data: artifacts.map(({ id: _id, createdAt: _c, runId: _r, ...a }) => ({ ...a, runId: run.id })) });
  await db.handoffMessage.createMany({ data: handoffs.map(({ id: _id, createdAt: _c, runId: _r, ...h }) => ({ ...h, runId: run.id, nextTasks: h.nextTasks as string[], deliverables: h.deliverables as object[] })) });

  await sendEngineEvent({ name: RUN_REQUESTED, data: { runId: run.id, workspaceId: scope.workspaceId } });
  return { id: run.id, number: run.number, status: run.status, reused: keep, rerun: [...rerun] };
}
