// Where a project stands (DESIGN §5/§11): the phases of its latest run with
// their state, which agents have delivered work across all runs, and what to
// do next — pending approvals, failed steps to resume, and the next tasks
// agents handed to agents that have not run yet.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import type { TWorkspaceScope } from "../shared/scope";

export const ZProjectProgressInput = z.object({ projectId: z.string().min(1) });

export type TNextAction =
  | { kind: "approve"; runId: string; runNumber: number; stepId: string; prompt: string }
  | { kind: "resume"; runId: string; runNumber: number; stepId: string; error: string }
  | { kind: "task"; fromAgent: string; toAgent: string; task: string };

export async function getProjectProgress(scope: TWorkspaceScope, raw: { projectId: string }) {
  const { projectId } = ZProjectProgressInput.parse(raw);
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: projectId, workspaceId: scope.workspaceId }, select: { id: true } });
  if (!project) throw notFound("Project");
  const [latest, delivered, runsCount] = await Promise.all([
    db.run.findFirst({ where: { workspaceId: scope.workspaceId, projectId }, orderBy: { createdAt: "desc" }, include: { steps: true, approvals: { where: { status: "pending" } }, handoffs: { orderBy: { createdAt: "desc" } } } }),
    db.runStep.groupBy({ by: ["agentId"], where: { workspaceId: scope.workspaceId, run: { projectId }, status: "succeeded", agentId: { not: null } }, _count: { _all: true } }),
    db.run.count({ where: { workspaceId: scope.workspaceId, projectId } }),
  ]);
  if (!latest) return { runs: 0, latestRun: null, phases: [], completedAgents: [], nextActions: [] as TNextAction[] };

  const definition = ZWorkflowDefinition.parse(latest.definition);
  const byStep = new Map(latest.steps.map((s) => [s.stepId, s]));
  const phases = topologicalLayers(definition.steps).map((layer, i) => {
    const states = layer.map((id) => byStep.get(id)?.status ?? "pending");
    const done = states.every((s) => s === "succeeded" || s === "skipped");
    const state = done ? "done" : states.some((s) => s === "failed") ? "failed" : states.some((s) => s === "running" || s === "waiting_approval") ? "active" : "pending";
    return { index: i + 1, steps: layer, state };
  });

  const ranAgents = new Set(latest.steps.filter((s) => s.status === "succeeded").map((s) => s.agentId));
  const nextActions: TNextAction[] = [
    ...latest.approvals.map((a) => ({ kind: "approve" as const, runId: latest.id, runNumber: latest.number, stepId: a.stepId, prompt: a.prompt })),
    ...latest.steps.filter((s) => s.status === "failed").map((s) => ({ kind: "resume" as const, runId: latest.id, runNumber: latest.number, stepId: s.stepId, error: s.error ?? "failed" })),
    ...latest.handoffs
      .filter((h) => !ranAgents.has(h.toAgent))
      .flatMap((h) => (h.nextTasks as string[]).map((task) => ({ kind: "task" as const, fromAgent: h.fromAgent, toAgent: h.toAgent, task })))
      .slice(0, 10),
  ];
  return {
    runs: runsCount,
    latestRun: { id: latest.id, number: latest.number, status: latest.status, workflowName: latest.workflowName },
    phases,
    completedAgents: delivered.map((d) => ({ agentId: d.agentId!, steps: d._count._all })).sort((a, b) => a.agentId.localeCompare(b.agentId)),
    nextActions,
  };
}
