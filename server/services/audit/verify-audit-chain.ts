// Check a workspace's audit chain end to end, in seq order, a batch at a time:
// every seq present once from 1 on, every row's hash recomputed from its
// fields, every row linked to the hash before it. An edited row fails its own
// hash; a deleted row leaves a seq gap; a row moved to another seq fails its
// hash (seq is hashed) or its link. What the chain alone cannot show is a
// rewrite of every hash from some point to the end, or a cut-off tail: pass
// the head of an earlier export as `anchor` to check those too.
import { getDb } from "@/server/db/client";
import { GENESIS_HASH, hashAuditEvent } from "./audit-hash";
import { auditEventSelect, hashedFieldsOf } from "./audit-views";

export type TAuditChainVerification =
  | { ok: true; events: number; head: string }
  /** `events`: how many events before `brokenAt` were intact. */
  | { ok: false; brokenAt: number; reason: string; events: number };

const BATCH = 500;

export type TAuditChainAnchor = { seq: number; hash: string };

export async function verifyAuditChain(workspaceId: string, options: { batchSize?: number; anchor?: TAuditChainAnchor } = {}): Promise<TAuditChainVerification> {
  const anchor = options.anchor;
  const batchSize = options.batchSize ?? BATCH;
  const db = await getDb();
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { workspaceId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: auditEventSelect,
    });
    for (const row of rows) {
      const events = expectedSeq - 1;
      if (row.seq !== expectedSeq) {
        const reason = `Event #${expectedSeq} is missing: the chain goes from #${expectedSeq - 1} to #${row.seq}.`;
        return { ok: false, brokenAt: expectedSeq, reason, events };
      }
      if (hashAuditEvent(hashedFieldsOf(row)) !== row.hash) {
        return { ok: false, brokenAt: row.seq, reason: `Event #${row.seq} was changed after it was recorded: its contents no longer match its hash.`, events };
      }
      if (row.prevHash !== prevHash) {
        const before = row.seq === 1 ? "the start of the chain" : `event #${row.seq - 1}`;
        return { ok: false, brokenAt: row.seq, reason: `Event #${row.seq} does not link to ${before}: one of them was replaced or reordered.`, events };
      }
      if (anchor && row.seq === anchor.seq && row.hash !== anchor.hash) {
        return { ok: false, brokenAt: row.seq, reason: `Event #${row.seq} is not the one your kept head names: the chain was rewritten from there or earlier.`, events };
      }
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < batchSize) break;
  }
  const events = expectedSeq - 1;
  // Rows below seq 1 were never appended by appendAuditEvent.
  const stray = await db.auditEvent.findFirst({ where: { workspaceId, seq: { lt: 1 } }, select: { seq: true } });
  if (stray) return { ok: false, brokenAt: stray.seq, reason: `Event #${stray.seq} is outside the chain, which starts at #1.`, events };
  if (anchor && anchor.seq > events) {
    return { ok: false, brokenAt: events + 1, reason: `The chain ends at #${events}, but your kept head names #${anchor.seq}: events were removed from the end.`, events };
  }
  return { ok: true, events, head: prevHash };
}
