// What the audit services read of an event: every field the hash covers, plus
// the hash itself, and the same fields in the order an export writes them.
import type { Prisma } from "@/server/db/generated/client.ts";
import type { THashedAuditFields } from "./audit-hash";
import type { TAuditActorType } from "./schemas";

export const auditEventSelect = {
  id: true,
  workspaceId: true,
  seq: true,
  actorType: true,
  actorId: true,
  action: true,
  targetType: true,
  targetId: true,
  policyVersion: true,
  ip: true,
  data: true,
  prevHash: true,
  hash: true,
  createdAt: true,
} satisfies Prisma.AuditEventSelect;

export type TAuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/** The hashed fields of a stored row, as they were when it was appended (if nobody edited it). */
export function hashedFieldsOf(row: TAuditEventRow): THashedAuditFields {
  return {
    workspaceId: row.workspaceId,
    seq: row.seq,
    actorType: row.actorType,
    actorId: row.actorId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    policyVersion: row.policyVersion,
    ip: row.ip,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
    prevHash: row.prevHash,
  };
}

export type TAuditEvent = {
  id: string;
  seq: number;
  createdAt: Date;
  actorType: TAuditActorType;
  actorId: string | null;
  /** For user actors still on record: who they are, for display. */
  actor: { name: string | null; email: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  policyVersion: number | null;
  ip: string | null;
  data: Record<string, unknown>;
  hash: string;
};

export function toAuditEvent(row: TAuditEventRow, users: Map<string, { name: string | null; email: string }>): TAuditEvent {
  const data = row.data !== null && typeof row.data === "object" && !Array.isArray(row.data) ? (row.data as Record<string, unknown>) : {};
  return {
    id: row.id,
    seq: row.seq,
    createdAt: row.createdAt,
    actorType: row.actorType as TAuditActorType,
    actorId: row.actorId,
    actor: row.actorType === "user" && row.actorId ? (users.get(row.actorId) ?? null) : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    policyVersion: row.policyVersion,
    ip: row.ip,
    data,
    hash: row.hash,
  };
}
