// Budget reservations. Before a priced call the gateway reserves its worst-case
// cost against the workspace's month and, for a run, the run; afterwards it
// settles the reservation with the real cost. A reservation is one conditional
// UPDATE per scope, so concurrent calls serialise on the ledger row and a cap
// is never overshot; both scopes go in one transaction, all or nothing.
import { getDb } from "@/server/db/client";

export type TBudgetScope = { scope: string; capMicros: number | null; label: "workspace" | "run" };
export type TReservation = { workspaceId: string; scopes: string[]; micros: number };
export type TBudgetRefusal = { label: TBudgetScope["label"]; scope: string; capMicros: number; spentMicros: number; reservedMicros: number };

class Refused extends Error {
  constructor(readonly refusal: TBudgetRefusal) {
    super("budget exceeded");
  }
}

export const monthScope = (at: Date = new Date()) => `month:${at.toISOString().slice(0, 7)}`;
export const runScope = (runId: string) => `run:${runId}`;

type TSql = Pick<Awaited<ReturnType<typeof getDb>>, "$executeRaw" | "spendLedger">;

/** One statement per scope: insert or add to the row, only while the cap holds. */
async function reserveOne(sql: TSql, workspaceId: string, s: TBudgetScope, amount: bigint): Promise<void> {
  const cap = s.capMicros === null ? null : BigInt(s.capMicros);
  const changed = await sql.$executeRaw`
    INSERT INTO "SpendLedger" ("id", "workspaceId", "scope", "reservedMicros", "updatedAt")
    SELECT gen_random_uuid()::text, ${workspaceId}, ${s.scope}, ${amount}, now()
    WHERE ${cap}::bigint IS NULL OR ${amount} <= ${cap}::bigint
    ON CONFLICT ("workspaceId", "scope") DO UPDATE
      SET "reservedMicros" = "SpendLedger"."reservedMicros" + EXCLUDED."reservedMicros", "updatedAt" = now()
      WHERE ${cap}::bigint IS NULL
         OR "SpendLedger"."spentMicros" + "SpendLedger"."reservedMicros" + EXCLUDED."reservedMicros" <= ${cap}::bigint`;
  if (changed === 0) {
    const row = await sql.spendLedger.findUnique({ where: { workspaceId_scope: { workspaceId, scope: s.scope } } });
    throw new Refused({ label: s.label, scope: s.scope, capMicros: s.capMicros ?? 0, spentMicros: Number(row?.spentMicros ?? 0), reservedMicros: Number(row?.reservedMicros ?? 0) });
  }
}

export async function reserveSpend(
  workspaceId: string,
  scopes: TBudgetScope[],
  micros: number,
): Promise<{ ok: true; reservation: TReservation } | { ok: false; refusal: TBudgetRefusal }> {
  const db = await getDb();
  const amount = BigInt(micros);
  try {
    if (scopes.length === 1) await reserveOne(db, workspaceId, scopes[0]!, amount);
    else
      await db.$transaction(async (tx) => {
        for (const s of scopes) await reserveOne(tx, workspaceId, s, amount);
      });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  return { ok: true, reservation: { workspaceId, scopes: scopes.map((s) => s.scope), micros } };
}

/** Replace a reservation by what the call really cost (0 when it failed). */
export async function settleSpend(reservation: TReservation, actualMicros: number): Promise<void> {
  if (reservation.scopes.length === 0) return;
  const db = await getDb();
  await db.$executeRaw`
    UPDATE "SpendLedger"
    SET "reservedMicros" = GREATEST("reservedMicros" - ${BigInt(reservation.micros)}, 0),
        "spentMicros" = "spentMicros" + ${BigInt(actualMicros)}, "updatedAt" = now()
    WHERE "workspaceId" = ${reservation.workspaceId} AND "scope" = ANY(${reservation.scopes})`;
}

export async function getSpend(workspaceId: string, scope: string): Promise<{ spentMicros: number; reservedMicros: number }> {
  const db = await getDb();
  const row = await db.spendLedger.findUnique({ where: { workspaceId_scope: { workspaceId, scope } } });
  return { spentMicros: Number(row?.spentMicros ?? 0), reservedMicros: Number(row?.reservedMicros ?? 0) };
}
