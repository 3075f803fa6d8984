// After an agent step succeeds, its deliverables and handoff messages go into
// the project's memory (keyed by their ids, so a retried step updates rather
// than duplicates), where later steps and later runs retrieve them.
import { getDb } from "@/server/db/client";
import { storeMemory } from "./store-memory";

export async function rememberStep(ref: { runId: string; workspaceId: string }, stepId: string): Promise<{ items: number }> {
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: ref.runId, workspaceId: ref.workspaceId }, select: { projectId: true, number: true } });
  if (!run) return { items: 0 };
  const scope = { workspaceId: ref.workspaceId, actor: null };
  const [artifacts, handoffs] = await Promise.all([
    db.artifact.findMany({ where: { runId: ref.runId, workspaceId: ref.workspaceId, stepId } }),
    db.handoffMessage.findMany({ where: { runId: ref.runId, workspaceId: ref.workspaceId, fromStepId: stepId } }),
  ]);
  let items = 0;
  for (const a of artifacts) {
    const stored = await storeMemory(scope, {
      projectId: run.projectId,
      kind: /decision|adr/.test(a.type) ? "decision" : "deliverable",
      title: `${a.name} (run #${run.number}, ${a.agentId})`,
      content: a.content,
      runId: ref.runId,
      agentId: a.agentId,
      stepId,
      sourceKey: `artifact:${a.id}`,
      importance: 0.6,
    });
    items += stored.ids.length;
  }
  for (const h of handoffs) {
    const tasks = (h.nextTasks as string[]).map((t) => `- ${t}`).join("\n");
    const stored = await storeMemory(scope, {
      projectId: run.projectId,
      kind: "handoff",
      title: `Handoff ${h.fromAgent} → ${h.toAgent} (run #${run.number})`,
      content: `${h.summary}${tasks ? `\n\nNext tasks:\n${tasks}` : ""}`,
      runId: ref.runId,
      agentId: h.fromAgent,
      stepId,
      sourceKey: `handoff:${h.id}`,
      importance: 0.5,
    });
    items += stored.ids.length;
  }
  return { items };
}
