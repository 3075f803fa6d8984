// Rolling summaries: when a run ends, its handoffs become one "summary" item
// (what each agent produced and left open), and the project's summary is
// rewritten from its latest run summaries. Retrieval prefers summaries for
// old material, so a long history stays within a prompt's budget. Built from
// the handoffs themselves, so it needs no model and costs nothing. Being the
// last thing a run does, it also asks for the workspace's retention sweep.
import { getDb } from "@/server/db/client";
import { storeMemories } from "./store-memory";

const PROJECT_SUMMARY_RUNS = 10;

export async function summariseRun(ref: { runId: string; workspaceId: string }): Promise<{ stored: boolean }> {
  const stored = await writeSummaries(ref);
  await sweepAfterRun(ref.workspaceId);
  return stored;
}

async function sweepAfterRun(workspaceId: string): Promise<void> {
  try {
    const db = await getDb();
    const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { memoryRetentionDays: true } });
    // Imported here: the engine imports this module (through the run workflow), and this one would import the engine.
    const { requestSweepAfterRun } = await import("./request-memory-jobs");
    await requestSweepAfterRun(workspaceId, workspace?.memoryRetentionDays ?? null);
  } catch (error) {
    // The run is done either way; the next boot or run asks again.
    console.error(`memory: could not ask for the retention sweep of workspace ${workspaceId}`, error);
  }
}

async function writeSummaries(ref: { runId: string; workspaceId: string }): Promise<{ stored: boolean }> {
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
  // The project's history: the first line of the latest run summaries (this run's last), each from its first chunk.
  const earlier = await db.memoryItem.findMany({
    where: { workspaceId: ref.workspaceId, projectId: run.projectId, kind: "summary", sourceKey: { startsWith: "run-summary:", endsWith: "#0" }, NOT: { sourceKey: `run-summary:${run.id}#0` } },
    orderBy: { createdAt: "desc" },
    take: PROJECT_SUMMARY_RUNS - 1,
    select: { content: true },
  });
  const history = [...earlier.reverse().map((s) => s.content.split("\n")[0]!), lines[0]!].join("\n");
  // Both in one batch: one embedding call, one statement, one graph transaction.
  await storeMemories(scope, [
    { projectId: run.projectId, kind: "summary", title: `Summary of run #${run.number}`, content: lines.join("\n"), runId: run.id, sourceKey: `run-summary:${run.id}`, importance: 0.8 },
    { projectId: run.projectId, kind: "summary", title: "Project history", content: `What the latest runs did, oldest first:\n\n${history}`, sourceKey: `project-summary:${run.projectId}`, importance: 0.9 },
  ]);
  return { stored: true };
}
