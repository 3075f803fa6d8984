// A run as the run page shows it: its steps in workflow order with state,
// tokens and cost, deliverables, handoff messages (in the handoff protocol's
// shape), approvals, totals, and lineage.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { microsToUsd } from "@/server/models/cost";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import type { TWorkspaceScope } from "../shared/scope";
import { ZRunRefInput } from "./schemas";

export async function getRun(scope: TWorkspaceScope, raw: { runId: string }) {
  const { runId } = ZRunRefInput.parse(raw);
  const db = await getDb();
  const run = await db.run.findFirst({
    where: { id: runId, workspaceId: scope.workspaceId },
    include: {
      project: { select: { id: true, name: true, slug: true } },
      startedBy: { select: { name: true, email: true } },
      resumedFrom: { select: { id: true, number: true } },
      resumes: { select: { id: true, number: true, resumedFromStep: true }, orderBy: { number: "asc" } },
      steps: true,
      artifacts: { orderBy: { createdAt: "asc" } },
      handoffs: { orderBy: { createdAt: "asc" } },
      approvals: { orderBy: { createdAt: "asc" }, include: { decidedBy: { select: { name: true, email: true } } } },
      toolCalls: { orderBy: { createdAt: "asc" }, take: 500 },
    },
  });
  if (!run) throw notFound("Run");
  const definition = ZWorkflowDefinition.parse(run.definition);
  const totals = await db.modelCall.aggregate({ where: { workspaceId: scope.workspaceId, runId }, _sum: { costMicros: true, inputTokens: true, outputTokens: true }, _count: { _all: true } });
  const offlineCalls = await db.modelCall.count({ where: { workspaceId: scope.workspaceId, runId, provider: "offline" } });
  const stepRows = new Map(run.steps.map((s) => [s.stepId, s]));

  return {
    id: run.id,
    number: run.number,
    status: run.status,
    error: run.error,
    task: run.task,
    workflow: { ref: run.workflowRef, name: run.workflowName, layers: topologicalLayers(definition.steps), limits: definition.limits },
    engine: run.engine,
    project: run.project,
    startedBy: run.startedBy,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    lineage: { resumedFrom: run.resumedFrom ? { ...run.resumedFrom, step: run.resumedFromStep } : null, resumedAs: run.resumes },
    offline: offlineCalls > 0,
    totals: {
      costUsd: microsToUsd(totals._sum.costMicros ?? 0),
      inputTokens: totals._sum.inputTokens ?? 0,
      outputTokens: totals._sum.outputTokens ?? 0,
      modelCalls: totals._count._all,
    },
    steps: definition.steps.map((def) => {
      const row = stepRows.get(def.id);
      return {
        id: def.id,
        kind: def.kind,
        title: def.title ?? (def.kind === "agent" ? def.agent : "Approval"),
        agentId: def.kind === "agent" ? def.agent : null,
        agentVersion: row?.agentVersion ?? null,
        dependsOn: def.dependsOn,
        group: def.group ?? null,
        conditional: Boolean(def.when),
        status: row?.status ?? "pending",
        error: row?.error ?? null,
        attempts: row?.attempts ?? 0,
        model: row?.model ?? null,
        offline: row?.offline ?? false,
        reused: row?.reused ?? false,
        override: row?.override ?? null,
        inputTokens: row?.inputTokens ?? 0,
        outputTokens: row?.outputTokens ?? 0,
        costUsd: microsToUsd(row?.costMicros ?? 0),
        startedAt: row?.startedAt ?? null,
        finishedAt: row?.finishedAt ?? null,
      };
    }),
    artifacts: run.artifacts.map((a) => ({ id: a.id, stepId: a.stepId, agentId: a.agentId, type: a.type, name: a.name, format: a.format, path: a.path, content: a.content, createdAt: a.createdAt })),
    handoffs: run.handoffs.map((h) => ({
      messageId: h.id,
      timestamp: h.createdAt,
      fromAgent: h.fromAgent,
      toAgent: h.toAgent,
      type: "handoff" as const,
      fromStepId: h.fromStepId,
      context: { project: run.project.name, phase: h.phase, deliverables: h.deliverables as { type: string; path: string | null; description: string }[] },
      summary: h.summary,
      nextTasks: h.nextTasks as string[],
    })),
    approvals: run.approvals.map((a) => ({ id: a.id, stepId: a.stepId, reason: a.reason, prompt: a.prompt, status: a.status, comment: a.comment, inputEdit: a.inputEdit, decidedBy: a.decidedBy, decidedAt: a.decidedAt, expiresAt: a.expiresAt })),
    /** Every tool call an agent asked for, with the policy's decision (the step's audit trail). */
    toolCalls: run.toolCalls.map((c) => ({
      id: c.id,
      stepId: c.stepId,
      agentId: c.agentId,
      server: c.serverName,
      tool: c.toolName,
      operation: c.operation,
      arguments: c.arguments,
      decision: c.decision,
      reason: c.reason,
      outcome: c.outcome,
      resultSummary: c.resultSummary?.slice(0, 2_000) ?? null,
      policyVersion: c.policyVersion,
      durationMs: c.durationMs,
      createdAt: c.createdAt,
    })),
  };
}

export type TRunDetail = Awaited<ReturnType<typeof getRun>>;
