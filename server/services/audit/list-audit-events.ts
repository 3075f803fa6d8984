// A workspace's audit log, newest first, a page at a time. Keyset on seq (one
// per event, in append order): a page is one range scan of the
// (workspaceId, seq) index however deep, and stable while events are appended.
import type { Prisma } from "@/server/db/generated/client.ts";
import { getDb } from "@/server/db/client";
import type { TPage } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { auditEventSelect, toAuditEvent, type TAuditEvent } from "./audit-views";
import { ZListAuditEventsInput, type TListAuditEventsInput } from "./schemas";

export async function listAuditEvents(scope: TWorkspaceScope, raw: TListAuditEventsInput): Promise<TPage<TAuditEvent>> {
  const input = ZListAuditEventsInput.parse(raw);
  const where: Prisma.AuditEventWhereInput = { workspaceId: scope.workspaceId };
  if (input.cursor) where.seq = { lt: Number(input.cursor) };
  if (input.action) where.action = { startsWith: input.action };
  if (input.actorType) where.actorType = input.actorType;
  if (input.targetType) where.targetType = input.targetType;
  if (input.since || input.until) where.createdAt = { ...(input.since ? { gte: input.since } : {}), ...(input.until ? { lt: input.until } : {}) };

  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where, orderBy: { seq: "desc" }, take: input.limit + 1, select: auditEventSelect });
  const more = rows.length > input.limit;
  const kept = more ? rows.slice(0, input.limit) : rows;

  // Names for the user actors on this page; ids of people since deleted show as ids.
  const userIds = [...new Set(kept.flatMap((r) => (r.actorType === "user" && r.actorId ? [r.actorId] : [])))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));

  return { data: kept.map((row) => toAuditEvent(row, byId)), nextCursor: more ? String(kept[kept.length - 1]!.seq) : null };
}
