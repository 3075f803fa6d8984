// Test fixtures built through the real services, plus a tRPC caller per user.
import { randomBytes } from "node:crypto";
import type { TRole } from "@/server/auth/permissions";
import { addMember } from "@/server/services/members/add-member";
import { signUp } from "@/server/services/users/sign-up";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { createCaller } from "@/server/trpc/root";

export const TEST_PASSWORD = "correct horse battery";

export async function makeUser(label = "user") {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.test`;
  return signUp({ name: label, email, password: TEST_PASSWORD });
}

export function callerFor(userId: string | null, headers: HeadersInit = {}) {
  return createCaller({ userId, headers: new Headers(headers) });
}

/** A workspace with an owner and one member per other role. */
export async function makeWorkspace(name = "Acme") {
  const owner = await makeUser("owner");
  const workspace = await createWorkspace(owner.id, { name });
  const users: Record<TRole, { id: string; email: string }> = { owner, admin: owner, member: owner, viewer: owner };
  for (const role of ["admin", "member", "viewer"] as const) {
    const user = await makeUser(role);
    await addMember({ workspaceId: workspace.id, actor: null }, { email: user.email, role });
    users[role] = user;
  }
  const as = (role: TRole) => callerFor(users[role].id);
  return { workspace, users, as, slug: workspace.slug };
}
