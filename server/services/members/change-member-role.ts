// Change a member's role, under the owner rules.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { assertAnotherOwnerRemains, assertMayTouchOwner } from "./owner-rules";
import { ZChangeMemberRoleInput, type TChangeMemberRoleInput } from "./schemas";

export async function changeMemberRole(scope: TWorkspaceScope, raw: TChangeMemberRoleInput) {
  const input = ZChangeMemberRoleInput.parse(raw);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: input.membershipId, workspaceId: scope.workspaceId },
      select: { id: true, role: true },
    });
    if (!target) throw notFound("Member");
    assertMayTouchOwner(scope, target.role, input.role);
    if (target.role === "owner" && input.role !== "owner") {
      await assertAnotherOwnerRemains(tx, scope.workspaceId, target.id);
    }
    const changed = await tx.membership.update({
      where: { id: target.id, workspaceId: scope.workspaceId },
      data: { role: input.role },
      select: { id: true, role: true },
    });
    await appendAuditEvent({ ...auditActorOf(scope), action: "member.role_changed", targetType: "membership", targetId: target.id, data: { from: target.role, to: input.role } }, tx);
    return changed;
  });
}
