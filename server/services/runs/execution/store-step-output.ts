// Keep what an agent step produced: its deliverables as artifacts and its
// handoff messages, keyed by (run, step, type) and (run, step, recipient) so a
// retried step overwrites instead of duplicating.
import type { TParsedResponse } from "@/server/agents/parse-response";
import { getDb } from "@/server/db/client";

export type TStepOutputContext = {
  runId: string;
  workspaceId: string;
  stepId: string;
  agentId: string;
  phase: string;
  project: string;
  outputNames: Record<string, string>;
};

export async function storeStepOutput(ctx: TStepOutputContext, parsed: TParsedResponse): Promise<void> {
  const db = await getDb();
  const { runId, workspaceId, stepId, agentId } = ctx;
  const deliverables = parsed.deliverables.map((d) => ({ type: d.type, path: d.path, description: ctx.outputNames[d.type] ?? d.type }));
  await db.$transaction(async (tx) => {
    for (const d of parsed.deliverables) {
      const data = { agentId, name: ctx.outputNames[d.type] ?? d.type, format: d.format, path: d.path, content: d.content };
      await tx.artifact.upsert({
        where: { runId_stepId_type: { runId, stepId, type: d.type } },
        create: { workspaceId, runId, stepId, type: d.type, ...data },
        update: data,
      });
    }
    for (const h of parsed.handoffs) {
      const data = { fromAgent: agentId, phase: ctx.phase, summary: h.summary, nextTasks: h.nextTasks, deliverables };
      await tx.handoffMessage.upsert({
        where: { runId_fromStepId_toAgent: { runId, fromStepId: stepId, toAgent: h.to } },
        create: { workspaceId, runId, fromStepId: stepId, toAgent: h.to, ...data },
        update: data,
      });
    }
  });
}
