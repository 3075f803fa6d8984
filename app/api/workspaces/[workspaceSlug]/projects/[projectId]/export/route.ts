// GET ?format=json|yaml|md: download a project export (settings, runs, handoffs, deliverables).
import { ZodError } from "zod";
import { assertCan } from "@/server/auth/permissions";
import { currentUserId } from "@/server/auth/config";
import { describeZodError } from "@/server/errors/describe-zod-error";
import { AppError } from "@/server/errors/app-error";
import { exportProject } from "@/server/services/runs/export-project";
import { resolveMembership } from "@/server/services/workspaces/resolve-membership";

export async function GET(req: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  const { workspaceSlug, projectId } = await params;
  const userId = await currentUserId();
  if (!userId) return Response.json({ error: "Sign in to export projects." }, { status: 401 });
  try {
    const membership = await resolveMembership(userId, workspaceSlug);
    assertCan(membership.role, "project.read");
    const format = new URL(req.url).searchParams.get("format") ?? "json";
    const file = await exportProject({ workspaceId: membership.workspace.id, actor: { userId, role: membership.role } }, { projectId, format: format as "json" });
    return new Response(file.body, { headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.fileName}"` } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof ZodError) return Response.json({ error: describeZodError(error) }, { status: 400 });
    throw error;
  }
}
