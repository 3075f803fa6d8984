// Add an existing user to a workspace directly (the admin command line's path;
// people in the dashboard join through invitations).
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { assertMayTouchOwner } from "./owner-rules";
import { ZAddMemberInput, type TAddMemberInput } from "./schemas";

export async function addMember(scope: TWorkspaceScope, raw: TAddMemberInput) {
  const input = ZAddMemberInput.parse(raw);
  assertMayTouchOwner(scope, input.role);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with email ${input.email}. Create the user first.`);
  try {
    return await db.membership.create({
      data: { workspaceId: scope.workspaceId, userId: user.id, role: input.role },
      select: { id: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `${input.email} is already a member of this workspace.`);
    throw error;
  }
}
