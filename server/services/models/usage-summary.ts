// Cost and token usage of a workspace over a window: totals, by day, by agent,
// by model, by project, the ten most expensive runs, and this month's budget.
// Everything is read from ModelCall rows of this workspace only.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { microsToUsd } from "@/server/models/cost";
import type { TWorkspaceScope } from "../shared/scope";
import { getSpend, monthScope } from "./budget-ledger";
import { getModelSettings } from "./model-settings";

export const ZUsageSummaryInput = z.object({ days: z.number().int().min(1).max(366).default(30) });
export type TUsageSummaryInput = z.input<typeof ZUsageSummaryInput>;

type TSums = { costUsd: number; calls: number; inputTokens: number; outputTokens: number };

const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

export async function getUsageSummary(scope: TWorkspaceScope, raw: TUsageSummaryInput = {}) {
  const { days } = ZUsageSummaryInput.parse(raw);
  const db = await getDb();
  const workspaceId = scope.workspaceId;
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate() - (days - 1)));
  const where = { workspaceId, createdAt: { gte: from } };
  const sum = { costMicros: true, inputTokens: true, outputTokens: true, cachedInputTokens: true, savedMicros: true } as const;

  const [totals, hits, errors, refusals, unpriced, byAgent, byModel, byProject, dayRows, runRows, settings, spend] = await Promise.all([
    db.modelCall.aggregate({ where, _sum: sum, _count: { _all: true } }),
    db.modelCall.count({ where: { ...where, cacheHit: true } }),
    db.modelCall.count({ where: { ...where, status: "error" } }),
    db.modelCall.count({ where: { ...where, status: "budget_exceeded" } }),
    db.modelCall.count({ where: { ...where, priced: false, status: "ok" } }),
    db.modelCall.groupBy({ by: ["agentId"], where, _sum: sum, _count: { _all: true } }),
    db.modelCall.groupBy({ by: ["provider", "model"], where: { ...where, status: { not: "budget_exceeded" } }, _sum: sum, _count: { _all: true } }),
    db.modelCall.groupBy({ by: ["projectId"], where, _sum: sum, _count: { _all: true } }),
    db.$queryRaw<{ day: string; cost: bigint; input: bigint; output: bigint; calls: bigint }[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, SUM("costMicros")::bigint AS cost,
             SUM("inputTokens")::bigint AS input, SUM("outputTokens")::bigint AS output, COUNT(*)::bigint AS calls
      FROM "ModelCall" WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${from}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ runId: string; projectId: string | null; cost: bigint; calls: bigint; startedAt: Date }[]>`
      SELECT "runId", MIN("projectId") AS "projectId", SUM("costMicros")::bigint AS cost, COUNT(*)::bigint AS calls, MIN("createdAt") AS "startedAt"
      FROM "ModelCall" WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${from} AND "runId" IS NOT NULL
      GROUP BY "runId" ORDER BY cost DESC, "startedAt" DESC LIMIT 10`,
    getModelSettings(workspaceId),
    getSpend(workspaceId, monthScope(to)),
  ]);

  const projectIds = [...new Set([...byProject.map((p) => p.projectId), ...runRows.map((r) => r.projectId)].filter((id): id is string => Boolean(id)))];
  const projects = await db.project.findMany({ where: { workspaceId, id: { in: projectIds } }, select: { id: true, name: true, slug: true } });
  const projectOf = new Map(projects.map((p) => [p.id, p]));

  const sums = (s: { costMicros: bigint | null; inputTokens: number | null; outputTokens: number | null }, calls: number): TSums => ({
    costUsd: microsToUsd(num(s.costMicros)),
    calls,
    inputTokens: num(s.inputTokens),
    outputTokens: num(s.outputTokens),
  });
  const byCost = <T extends TSums>(rows: T[]) => rows.sort((a, b) => b.costUsd - a.costUsd || b.calls - a.calls);

  const daily = new Map(dayRows.map((r) => [r.day, r]));
  const byDay = Array.from({ length: days }, (_, i) => {
    const day = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    const r = daily.get(day);
    return { day, costUsd: microsToUsd(num(r?.cost)), inputTokens: num(r?.input), outputTokens: num(r?.output), calls: num(r?.calls) };
  });

  const calls = totals._count._all;
  return {
    range: { from, to, days },
    totals: {
      ...sums(totals._sum, calls),
      cachedInputTokens: num(totals._sum.cachedInputTokens),
      cacheHits: hits,
      hitRatio: calls === 0 ? 0 : hits / calls,
      savedUsd: microsToUsd(num(totals._sum.savedMicros)),
      errors,
      budgetRefusals: refusals,
      unpricedCalls: unpriced,
    },
    byDay,
    byAgent: byCost(byAgent.map((r) => ({ agentId: r.agentId, ...sums(r._sum, r._count._all) }))),
    byModel: byCost(byModel.map((r) => ({ provider: r.provider, model: r.model, offline: r.provider === "offline", ...sums(r._sum, r._count._all) }))),
    byProject: byCost(byProject.map((r) => ({ projectId: r.projectId, project: r.projectId ? (projectOf.get(r.projectId) ?? null) : null, ...sums(r._sum, r._count._all) }))),
    topRuns: runRows.map((r) => ({ runId: r.runId, project: r.projectId ? (projectOf.get(r.projectId) ?? null) : null, costUsd: microsToUsd(num(r.cost)), calls: num(r.calls), startedAt: r.startedAt })),
    budget: {
      month: monthScope(to).slice(6),
      monthlyCapUsd: settings.monthlyBudgetUsd,
      runCapUsd: settings.runBudgetUsd,
      spentUsd: microsToUsd(spend.spentMicros),
      reservedUsd: microsToUsd(spend.reservedMicros),
    },
  };
}

export type TUsageSummary = Awaited<ReturnType<typeof getUsageSummary>>;
