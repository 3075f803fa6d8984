// What an agent step receives from the run so far: the deliverables of the
// steps upstream of it, the handoffs addressed to its agent (or coming from
// its upstream steps), and any note an approver left at an upstream gate.
import type { TPromptDeliverable, TPromptHandoff } from "@/server/agents/render-prompt";
import { getDb } from "@/server/db/client";

export async function stepInputs(runId: string, workspaceId: string, agentId: string, upstream: string[]) {
  const db = await getDb();
  const [artifacts, handoffs, approvals] = await Promise.all([
    db.artifact.findMany({ where: { runId, workspaceId, stepId: { in: upstream } }, orderBy: { createdAt: "asc" } }),
    db.handoffMessage.findMany({ where: { runId, workspaceId, OR: [{ toAgent: agentId }, { fromStepId: { in: upstream } }] }, orderBy: { createdAt: "asc" } }),
    db.approval.findMany({ where: { runId, workspaceId, stepId: { in: upstream }, status: "approved", inputEdit: { not: null } } }),
  ]);
  const inputs: TPromptDeliverable[] = artifacts.map((a) => ({ type: a.type, name: a.name, fromAgent: a.agentId, content: a.content }));
  const notes: TPromptHandoff[] = approvals.map((a) => ({ fromAgent: `approver at ${a.stepId}`, summary: a.inputEdit ?? "", nextTasks: [], at: a.decidedAt ?? a.createdAt }));
  const messages: TPromptHandoff[] = handoffs.map((h) => ({ fromAgent: h.fromAgent, summary: h.summary, nextTasks: h.nextTasks as string[], at: h.createdAt }));
  return { inputs, handoffs: [...messages, ...notes] };
}
