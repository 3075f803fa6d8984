// Remove a member from a workspace (or, with the caller's own membership, leave it).
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { assertAnotherOwnerRemains, assertMayTouchOwner } from "./owner-rules";
import { ZRemoveMemberInput, type TRemoveMemberInput } from "./schemas";

export async function removeMember(scope: TWorkspaceScope, raw: TRemoveMemberInput): Promise<void> {
  const input = ZRemoveMemberInput.parse(raw);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: input.membershipId, workspaceId: scope.workspaceId },
      select: { id: true, role: true, userId: true },
    });
    if (!target) throw notFound("Member");
    const leavingSelf = scope.actor?.userId === target.userId;
    if (!leavingSelf) assertMayTouchOwner(scope, target.role);
    if (target.role === "owner") await assertAnotherOwnerRemains(tx, scope.workspaceId, target.id);
    await tx.membership.delete({ where: { id: target.id, workspaceId: scope.workspaceId } });
    await appendAuditEvent({ ...auditActorOf(scope), action: leavingSelf ? "member.left" : "member.removed", targetType: "membership", targetId: target.id, data: { userId: target.userId, role: target.role } }, tx);
  });
}
