// The ModelCall ledger: one row per gateway call, with what it cost and how it
// got there (attempts, waits, fallbacks). Usage pages and budgets read it.
import { getDb } from "@/server/db/client";

export type TModelCallRecord = {
  workspaceId: string;
  projectId?: string | null;
  runId?: string | null;
  stepId?: string | null;
  agentId?: string | null;
  purpose: string;
  status: "ok" | "error" | "budget_exceeded";
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  costMicros: number;
  savedMicros: number;
  priced: boolean;
  latencyMs: number;
  cacheHit: boolean;
  cacheLevel: string | null;
  attempts: unknown[];
  error?: string | null;
};

export async function recordModelCall(record: TModelCallRecord): Promise<string> {
  const db = await getDb();
  const row = await db.modelCall.create({
    data: {
      ...record,
      costMicros: BigInt(record.costMicros),
      savedMicros: BigInt(record.savedMicros),
      attempts: record.attempts as object[],
    },
    select: { id: true },
  });
  return row.id;
}
