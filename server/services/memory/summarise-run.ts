// Rolling summaries: when a run ends, its handoffs become one "summary" item
// (what each agent produced and left open), and the project's summary is
// rewritten from its latest run summaries. Retrieval prefers summaries for
// old material, so a long history stays within a prompt's budget. Built from
// the handoffs themselves, so it needs no model and costs nothing.
import { getDb } from "@/server/db/client";
import { storeMemory } from "./store-memory";

const PROJECT_SUMMARY_RUNS = 10;

export async function summariseRun(ref: { runId: string; workspaceId: string }): Promise<{ stored: boolean }> {
  const db = await getDb();
  const run = await db.run.findFirst({
    where: { id: ref.runId, workspaceId: ref.workspaceId },
    include: { handoffs: { orderBy: { createdAt: "asc" } }, steps: { select: { stepId: true, agentId: true, status: true } } },
  });
  if (!run || run.handoffs.length === 0) return { stored: false };
  const scope = { workspaceId: ref.workspaceId, actor: null };
  const lines = [
    `Run #${run.number} (${run.workflowName}, ${run.status}) for: ${run.task.slice(0, 400)}`,
    "",
    ...run.handoffs.map((h) => `- ${h.fromAgent} → ${h.toAgent}: ${h.summary}`),
    ...(run.steps.some((s) => s.status === "failed") ? ["", `Failed steps: ${run.steps.filter((s) => s.status === "failed").map((s) => s.stepId).join(", ")}`] : []),
  ];
  await storeMemory(scope, { projectId: run.projectId, kind: "summary", title: `Summary of run #${run.number}`, content: lines.join("\n"), runId: run.id, sourceKey: `run-summary:${run.id}`, importance: 0.8 });

  const recent = await db.memoryItem.findMany({
    where: { workspaceId: ref.workspaceId, projectId: run.projectId, kind: "summary", sourceKey: { startsWith: "run-summary:" } },
    orderBy: { createdAt: "desc" },
    take: PROJECT_SUMMARY_RUNS,
  });
  const project = recent.reverse().map((s) => s.content.split("\n")[0]!).join("\n");
  await storeMemory(scope, { projectId: run.projectId, kind: "summary", title: "Project history", content: `What the latest runs did, oldest first:\n\n${project}`, sourceKey: `project-summary:${run.projectId}`, importance: 0.9 });
  return { stored: true };
}
