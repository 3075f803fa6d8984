// After an agent step succeeds, its deliverables and handoff messages go into
// the project's memory (keyed by their ids, so a retried step updates rather
// than duplicates), where later steps and later runs retrieve them. One batch
// per step: one embedding call, one item statement, one graph transaction.
import { getDb } from "@/server/db/client";
import { storeMemories, type TStoreMemoryInput } from "./store-memory";

export async function rememberStep(ref: { runId: string; workspaceId: string }, stepId: string): Promise<{ items: number }> {
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: ref.runId, workspaceId: ref.workspaceId }, select: { projectId: true, number: true } });
  if (!run) return { items: 0 };
  const [artifacts, handoffs] = await Promise.all([
    db.artifact.findMany({ where: { runId: ref.runId, workspaceId: ref.workspaceId, stepId } }),
    db.handoffMessage.findMany({ where: { runId: ref.runId, workspaceId: ref.workspaceId, fromStepId: stepId } }),
  ]);
  const inputs: TStoreMemoryInput[] = [
    ...artifacts.map((a) => ({
      projectId: run.projectId,
      kind: /decision|adr/.test(a.type) ? ("decision" as const) : ("deliverable" as const),
      title: `${a.name} (run #${run.number}, ${a.agentId})`,
      content: a.content,
      runId: ref.runId,
      agentId: a.agentId,
      stepId,
      sourceKey: `artifact:${a.id}`,
      importance: 0.6,
    })),
    ...handoffs.map((h) => {
      const tasks = (h.nextTasks as string[]).map((t) => `- ${t}`).join("\n");
      return {
        projectId: run.projectId,
        kind: "handoff" as const,
        title: `Handoff ${h.fromAgent} → ${h.toAgent} (run #${run.number})`,
        content: `${h.summary}${tasks ? `\n\nNext tasks:\n${tasks}` : ""}`,
        runId: ref.runId,
        agentId: h.fromAgent,
        stepId,
        sourceKey: `handoff:${h.id}`,
        importance: 0.5,
      };
    }),
  ].filter((input) => input.content.trim() !== "");
  const stored = await storeMemories({ workspaceId: ref.workspaceId, actor: null }, inputs);
  return { items: stored.reduce((n, s) => n + s.ids.length, 0) };
}
