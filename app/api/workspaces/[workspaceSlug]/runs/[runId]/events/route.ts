// GET: the run's live progress as server-sent events (see server/runs/run-event-stream.ts).
import { assertCan } from "@/server/auth/permissions";
import { currentUserId } from "@/server/auth/config";
import { AppError } from "@/server/errors/app-error";
import { runEventStream } from "@/server/runs/run-event-stream";
import { getRun } from "@/server/services/runs/get-run";
import { resolveMembership } from "@/server/services/workspaces/resolve-membership";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspaceSlug: string; runId: string }> }) {
  const { workspaceSlug, runId } = await params;
  const userId = await currentUserId();
  if (!userId) return Response.json({ error: "Sign in to follow runs." }, { status: 401 });
  try {
    const membership = await resolveMembership(userId, workspaceSlug);
    assertCan(membership.role, "run.read");
    const scope = { workspaceId: membership.workspace.id, actor: { userId, role: membership.role } };
    await getRun(scope, { runId }); // 404 before streaming, not an error event inside a 200
    const stream = runEventStream(scope, runId, req.signal);
    return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
