// Export a workspace's whole audit chain as JSON Lines, read a batch at a time
// so a long log never sits in memory. Line 1 says what the file is; then one
// event per line, in seq order, holding exactly the hashed fields plus `hash`
// (so anyone can re-verify it with audit-hash.ts's recipe); the last line is
// the head: the event count and the last hash, to keep somewhere safe and
// compare with later (verifyAuditChain's `anchor`). The export covers the
// chain as it was when it started, and is itself recorded in the chain.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";
import { appendAuditEvent, auditActorOf } from "./append-audit-event";
import { canonicalJson, GENESIS_HASH } from "./audit-hash";
import { auditEventSelect, hashedFieldsOf } from "./audit-views";

export const AUDIT_EXPORT_CONTENT_TYPE = "application/jsonl; charset=utf-8";
const BATCH = 500;

export type TAuditExport = {
  fileName: string;
  /** The last event the file holds: its seq (0 when there are none) and hash. */
  head: { seq: number; hash: string };
  /** The file, one line (with its newline) at a time. */
  lines: AsyncIterable<string>;
};

async function* exportLines(workspaceId: string, head: { seq: number; hash: string }, exportedAt: Date): AsyncGenerator<string> {
  yield `${canonicalJson({
    kind: "coral.audit.export",
    version: 1,
    workspaceId,
    exportedAt: exportedAt.toISOString(),
    hashing: "hash = sha256 hex of the canonical JSON (keys sorted, no spaces) of the event line without its hash; prevHash is the previous line's hash, 64 zeros for seq 1",
  })}\n`;
  const db = await getDb();
  let after = 0;
  while (after < head.seq) {
    const rows = await db.auditEvent.findMany({
      where: { workspaceId, seq: { gt: after, lte: head.seq } },
      orderBy: { seq: "asc" },
      take: BATCH,
      select: auditEventSelect,
    });
    if (rows.length === 0) break;
    yield rows.map((row) => `${canonicalJson({ ...hashedFieldsOf(row), hash: row.hash })}\n`).join("");
    after = rows[rows.length - 1]!.seq;
  }
  yield `${canonicalJson({ kind: "coral.audit.head", events: head.seq, head: head.hash })}\n`;
}

export async function exportAuditEvents(scope: TWorkspaceScope, ip: string | null = null, now = new Date()): Promise<TAuditExport> {
  const db = await getDb();
  const last = await db.auditEvent.findFirst({ where: { workspaceId: scope.workspaceId }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const head = last ?? { seq: 0, hash: GENESIS_HASH };
  await appendAuditEvent({ ...auditActorOf(scope), ip, action: "audit.exported", targetType: "workspace", targetId: scope.workspaceId, data: { events: head.seq, head: head.hash } });
  return {
    fileName: `audit-log-${now.toISOString().slice(0, 10)}.jsonl`,
    head,
    lines: exportLines(scope.workspaceId, head, now),
  };
}
