// The latest model calls of a workspace, newest first, for the usage page's
// call log (with attempts, waits and fallbacks).
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { microsToUsd } from "@/server/models/cost";
import type { TAttempt } from "@/server/models/types";
import type { TWorkspaceScope } from "../shared/scope";

export const ZListModelCallsInput = z.object({ limit: z.number().int().min(1).max(100).default(25), runId: z.string().min(1).optional() });

export async function listModelCalls(scope: TWorkspaceScope, raw: z.input<typeof ZListModelCallsInput> = {}) {
  const { limit, runId } = ZListModelCallsInput.parse(raw);
  const db = await getDb();
  const rows = await db.modelCall.findMany({
    where: { workspaceId: scope.workspaceId, ...(runId ? { runId } : {}) },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { project: { select: { name: true, slug: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    purpose: r.purpose,
    status: r.status,
    provider: r.provider,
    model: r.model,
    offline: r.provider === "offline",
    agentId: r.agentId,
    runId: r.runId,
    project: r.project,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    cachedInputTokens: r.cachedInputTokens,
    costUsd: microsToUsd(r.costMicros),
    savedUsd: microsToUsd(r.savedMicros),
    priced: r.priced,
    latencyMs: r.latencyMs,
    cacheHit: r.cacheHit,
    cacheLevel: r.cacheLevel,
    attempts: r.attempts as TAttempt[],
    error: r.error,
  }));
}

export type TModelCallRow = Awaited<ReturnType<typeof listModelCalls>>[number];
