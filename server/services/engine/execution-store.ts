// Persistence of the embedded durable engine: executions, their step journal
// and events. Engine state is not tenant data (executions carry the workspace
// in their payload and concurrency key), so these queries are keyed by
// execution id.
import { getDb } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

export type TJournalEntry = { key: string; status: "started" | "completed" | "failed"; output: unknown; error: string | null; attempts: number; startedAt: Date };
export type TWaitingFor = { step: string; event: string; matchField: string; matchValue: unknown; where?: Record<string, string> } | null;

const json = (value: unknown) => (value === undefined ? undefined : (value as Prisma.InputJsonValue));

export async function createExecution(input: { functionId: string; eventName: string; eventData: unknown; concurrencyKey: string }) {
  const db = await getDb();
  return db.engineExecution.create({ data: { ...input, eventData: json(input.eventData) ?? {} } });
}

export async function recordEvent(name: string, data: unknown) {
  const db = await getDb();
  return db.engineEvent.create({ data: { name, data: json(data) ?? {} } });
}

export async function loadJournal(executionId: string): Promise<Map<string, TJournalEntry>> {
  const db = await getDb();
  const rows = await db.engineStep.findMany({ where: { executionId } });
  return new Map(rows.map((r) => [r.key, { key: r.key, status: r.status as TJournalEntry["status"], output: r.output, error: r.error, attempts: r.attempts, startedAt: r.startedAt }]));
}

export async function markStepStarted(executionId: string, key: string, attempts: number): Promise<Date> {
  const db = await getDb();
  const row = await db.engineStep.upsert({
    where: { executionId_key: { executionId, key } },
    create: { executionId, key, status: "started", attempts },
    update: { status: "started", attempts },
  });
  return row.startedAt;
}

export async function markStepFinished(executionId: string, key: string, result: { output?: unknown; error?: string }): Promise<void> {
  const db = await getDb();
  const data = { status: result.error === undefined ? "completed" : "failed", output: json(result.output ?? null), error: result.error ?? null, finishedAt: new Date() };
  await db.engineStep.upsert({ where: { executionId_key: { executionId, key } }, create: { executionId, key, attempts: 1, ...data }, update: data });
}

export async function setExecutionState(
  id: string,
  state: { status: "queued" | "running" | "waiting" | "completed" | "failed" | "cancelled"; waitingFor?: TWaitingFor; wakeAt?: Date | null; output?: unknown; error?: string | null },
): Promise<void> {
  const db = await getDb();
  await db.engineExecution.update({
    where: { id },
    data: { status: state.status, waitingFor: state.waitingFor === undefined ? undefined : state.waitingFor === null ? undefined : json(state.waitingFor), wakeAt: state.wakeAt, output: json(state.output), error: state.error },
  });
  if (state.waitingFor === null) await db.$executeRaw`UPDATE "EngineExecution" SET "waitingFor" = NULL WHERE "id" = ${id}`;
}

export async function findExecution(id: string) {
  const db = await getDb();
  return db.engineExecution.findUnique({ where: { id } });
}

/**
 * Executions to pick up: queued ones, running ones a dead process left behind
 * (at boot), due sleepers — at most `perKey` of each concurrency key, oldest
 * first, so a deep queue costs one indexed scan, not a read of every row.
 */
export async function listRunnable(options: { includeRunning: boolean; now: Date; perKey: number }) {
  const db = await getDb();
  const statuses = options.includeRunning ? ["queued", "running"] : ["queued"];
  const heads = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT "id", row_number() OVER (PARTITION BY "concurrencyKey" ORDER BY "createdAt", "id") AS "place"
      FROM "EngineExecution"
      WHERE "status"::text = ANY(${statuses}) OR ("status" = 'waiting' AND "wakeAt" <= ${options.now})
    ) AS "runnable"
    WHERE "place" <= ${options.perKey}`;
  if (heads.length === 0) return [];
  return db.engineExecution.findMany({ where: { id: { in: heads.map((h) => h.id) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function listWaitingFor(eventName: string) {
  const db = await getDb();
  const rows = await db.engineExecution.findMany({ where: { status: "waiting", waitingFor: { path: ["event"], equals: eventName } } });
  return rows.map((r) => ({ ...r, waitingFor: r.waitingFor as TWaitingFor }));
}

export async function eventsSince(name: string, since: Date) {
  const db = await getDb();
  return db.engineEvent.findMany({ where: { name, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
}

export async function listActive(functionId: string) {
  const db = await getDb();
  return db.engineExecution.findMany({ where: { functionId, status: { in: ["queued", "running", "waiting"] } } });
}

export async function nextWake(): Promise<Date | null> {
  const db = await getDb();
  const row = await db.engineExecution.findFirst({ where: { status: "waiting", wakeAt: { not: null } }, orderBy: { wakeAt: "asc" }, select: { wakeAt: true } });
  return row?.wakeAt ?? null;
}
