// Append one event to a workspace's audit chain: the next seq, linked to the
// previous event's hash (GENESIS_HASH for the first), hashed as audit-hash.ts
// says. Appends for one workspace take turns on a transaction-scoped advisory
// lock, so concurrent callers (PostgreSQL connections, or PGlite's queued
// transactions) always produce seq 1, 2, 3… with no gap and no fork.
//
// Pass `tx` to audit in the same transaction as the change it records: both
// commit or neither does. Call it last in that transaction (the lock is held
// until commit) and only from READ COMMITTED transactions, the default.
// `data` is redacted and capped (sanitize-audit-data.ts), but callers must
// still never put secrets in it.
import { getDb, type TDb } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client.ts";
import { isUniqueViolation } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { GENESIS_HASH, hashAuditEvent } from "./audit-hash";
import { sanitizeAuditData } from "./sanitize-audit-data";
import { ZAppendAuditEventInput, type TAppendAuditEventInput, type TAuditActorType } from "./schemas";

export type TAuditTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export type TAppendedAuditEvent = { id: string; seq: number; prevHash: string; hash: string; createdAt: Date };

// The first key of the two-key advisory lock ("audi"): audit locks live apart from any single-key advisory lock.
const AUDIT_LOCK_CLASS = 0x61756469;

/** Workspace, actor and address of an event caused by whoever the scope names: a signed-in user, an API key, else the system (command line, engine). */
export function auditActorOf(scope: TWorkspaceScope): { workspaceId: string; actorType: TAuditActorType; actorId: string | null; ip?: string } {
  const ip = scope.ip ? { ip: scope.ip } : {};
  if (scope.actor) return { workspaceId: scope.workspaceId, actorType: "user", actorId: scope.actor.userId, ...ip };
  if (scope.apiKeyId) return { workspaceId: scope.workspaceId, actorType: "api_key", actorId: scope.apiKeyId, ...ip };
  return { workspaceId: scope.workspaceId, actorType: "system", actorId: null, ...ip };
}

type TParsed = ReturnType<typeof ZAppendAuditEventInput.parse>;

async function appendLocked(tx: TAuditTx, input: TParsed): Promise<TAppendedAuditEvent> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}::int4, hashtext(${input.workspaceId}::text))`;
  const last = await tx.auditEvent.findFirst({ where: { workspaceId: input.workspaceId }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const fields = {
    workspaceId: input.workspaceId,
    seq: (last?.seq ?? 0) + 1,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    policyVersion: input.policyVersion ?? null,
    ip: input.ip ?? null,
    data: sanitizeAuditData(input.data) as Prisma.InputJsonObject,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  // Set here rather than by the column default: the hash covers it.
  const createdAt = new Date();
  const hash = hashAuditEvent({ ...fields, createdAt: createdAt.toISOString() });
  return tx.auditEvent.create({
    data: { ...fields, createdAt, hash },
    select: { id: true, seq: true, prevHash: true, hash: true, createdAt: true },
  });
}

export async function appendAuditEvent(raw: TAppendAuditEventInput, tx?: TAuditTx): Promise<TAppendedAuditEvent> {
  const input = ZAppendAuditEventInput.parse(raw);
  if (tx) return appendLocked(tx, input);
  const db = await getDb();
  // The lock already serialises appends; the retry only covers a caller that
  // wrote to the chain without it (the unique (workspaceId, seq) index refuses the fork).
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((t) => appendLocked(t, input), { maxWait: 10_000, timeout: 10_000 });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
