// Route handlers outside tRPC (streams, downloads) that act inside a
// workspace: resolve the signed-in member and check a permission once, and
// map the one error type to a JSON answer with its status.
import { ZodError } from "zod";
import { assertCan, type TPermission } from "@/server/auth/permissions";
import { currentUserId } from "@/server/auth/config";
import { AppError } from "@/server/errors/app-error";
import { describeZodError } from "@/server/errors/describe-zod-error";
import type { TWorkspaceScope } from "@/server/services/shared/scope";
import { resolveMembership } from "@/server/services/workspaces/resolve-membership";

export async function withWorkspace(workspaceSlug: string, permission: TPermission, handle: (scope: TWorkspaceScope) => Promise<Response>): Promise<Response> {
  const userId = await currentUserId();
  if (!userId) return Response.json({ error: "Sign in first." }, { status: 401 });
  try {
    const membership = await resolveMembership(userId, workspaceSlug);
    assertCan(membership.role, permission);
    return await handle({ workspaceId: membership.workspace.id, actor: { userId, role: membership.role } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof ZodError) return Response.json({ error: describeZodError(error) }, { status: 400 });
    throw error;
  }
}
