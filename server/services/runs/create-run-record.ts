// Insert a run with the next number of its project and a row per workflow
// step. Runs started at the same moment on one project take turns for the
// number by locking the project's row for the transaction (a burst of API
// calls would exhaust any retry loop); the retry stays for the rare race with
// a project row that is being deleted and recreated.
import type { Prisma } from "@/server/db/generated/client";
import { getDb } from "@/server/db/client";
import { isUniqueViolation } from "@/server/errors/app-error";
import type { TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import type { TResolvedAgent } from "./resolve-run-agents";

export type TNewRun = {
  workspaceId: string;
  projectId: string;
  workflowRef: string;
  workflowName: string;
  definition: TWorkflowDefinition;
  agents: Record<string, TResolvedAgent>;
  task: string;
  engine: string;
  startedById: string | null;
  resumedFromId?: string;
  resumedFromStep?: string;
  /** Per step: a status other than pending (carried over), or an override. */
  stepSeeds?: Record<string, Partial<Prisma.RunStepUncheckedCreateInput>>;
};

export async function createRunRecord(input: TNewRun) {
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Project" WHERE "id" = ${input.projectId} AND "workspaceId" = ${input.workspaceId} FOR UPDATE`;
        const last = await tx.run.findFirst({ where: { workspaceId: input.workspaceId, projectId: input.projectId }, orderBy: { number: "desc" }, select: { number: true } });
        const { stepSeeds, definition, agents, ...rest } = input;
        const run = await tx.run.create({ data: { ...rest, number: (last?.number ?? 0) + 1, definition: definition as object, agents: agents as object } });
        await tx.runStep.createMany({
          data: definition.steps.map((s) => ({
            workspaceId: input.workspaceId,
            runId: run.id,
            stepId: s.id,
            kind: s.kind,
            agentId: s.kind === "agent" ? s.agent : null,
            agentVersion: s.kind === "agent" ? (agents[s.id]?.version ?? null) : null,
            ...(stepSeeds?.[s.id] ?? {}),
          })),
        });
        return run;
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}
