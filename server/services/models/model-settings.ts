// A workspace's model settings: tier lists, budgets, cache policy. Reads fall
// back to defaults when the workspace never saved any.
import { getDb } from "@/server/db/client";
import { invalidateModelContext } from "@/server/models/model-context";
import { env } from "@/server/env";
import { microsToUsd, usdToMicros } from "@/server/models/cost";
import type { TTierModels } from "@/server/models/routing";
import type { TWorkspaceScope } from "../shared/scope";
import { ZUpdateModelSettingsInput, type TUpdateModelSettingsInput } from "./schemas";

export type TModelSettings = {
  tierModels: TTierModels;
  monthlyBudgetUsd: number | null;
  runBudgetUsd: number | null;
  cacheTtlSeconds: number;
  cacheNonDeterministic: boolean;
};

type TRow = { tierModels: unknown; monthlyBudgetMicros: bigint | null; runBudgetMicros: bigint | null; cacheTtlSeconds: number; cacheNonDeterministic: boolean };

function toSettings(row: TRow | null): TModelSettings {
  if (!row) return { tierModels: {}, monthlyBudgetUsd: null, runBudgetUsd: null, cacheTtlSeconds: env.MODEL_CACHE_TTL_SECONDS, cacheNonDeterministic: false };
  return {
    tierModels: (row.tierModels ?? {}) as TTierModels,
    monthlyBudgetUsd: row.monthlyBudgetMicros === null ? null : microsToUsd(row.monthlyBudgetMicros),
    runBudgetUsd: row.runBudgetMicros === null ? null : microsToUsd(row.runBudgetMicros),
    cacheTtlSeconds: row.cacheTtlSeconds,
    cacheNonDeterministic: row.cacheNonDeterministic,
  };
}

export async function getModelSettings(workspaceId: string): Promise<TModelSettings> {
  const db = await getDb();
  return toSettings(await db.modelSettings.findUnique({ where: { workspaceId } }));
}

const toMicros = (usd: number | null | undefined) => (usd === undefined ? undefined : usd === null ? null : BigInt(usdToMicros(usd)));

export async function updateModelSettings(scope: TWorkspaceScope, raw: TUpdateModelSettingsInput): Promise<TModelSettings> {
  const input = ZUpdateModelSettingsInput.parse(raw);
  // Tiers not named keep their list; a tier given [] goes back to the defaults.
  const current = input.tierModels ? (await getModelSettings(scope.workspaceId)).tierModels : {};
  const tierModels = input.tierModels
    ? Object.fromEntries(Object.entries({ ...current, ...input.tierModels }).filter(([, list]) => list && list.length > 0))
    : undefined;
  const data = {
    tierModels,
    monthlyBudgetMicros: toMicros(input.monthlyBudgetUsd),
    runBudgetMicros: toMicros(input.runBudgetUsd),
    cacheTtlSeconds: input.cacheTtlSeconds,
    cacheNonDeterministic: input.cacheNonDeterministic,
  };
  const db = await getDb();
  const row = await db.modelSettings.upsert({
    where: { workspaceId: scope.workspaceId },
    create: { workspaceId: scope.workspaceId, ...data, cacheTtlSeconds: data.cacheTtlSeconds ?? env.MODEL_CACHE_TTL_SECONDS },
    update: data,
  });
  invalidateModelContext(scope.workspaceId);
  return toSettings(row);
}
