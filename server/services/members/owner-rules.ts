// The two rules about owners: only someone allowed to manage owners may touch
// an owner (or make one), and a workspace always keeps at least one owner.
import { assertCan, type TRole } from "@/server/auth/permissions";
import type { TDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export function assertMayTouchOwner(scope: TWorkspaceScope, ...rolesInvolved: TRole[]): void {
  if (scope.actor && rolesInvolved.includes("owner")) assertCan(scope.actor.role, "member.manageOwners");
}

export async function assertAnotherOwnerRemains(tx: TTx, workspaceId: string, leavingMembershipId: string): Promise<void> {
  const others = await tx.membership.count({ where: { workspaceId, role: "owner", id: { not: leavingMembershipId } } });
  if (others === 0) {
    throw new AppError("CONFLICT", "A workspace must keep at least one owner. Make someone else an owner first.");
  }
}
