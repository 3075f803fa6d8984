// GET: the run's live progress as server-sent events (see server/runs/run-event-stream.ts).
import { withWorkspace } from "@/server/http/workspace-route";
import { runEventStream } from "@/server/runs/run-event-stream";
import { getRun } from "@/server/services/runs/get-run";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspaceSlug: string; runId: string }> }) {
  const { workspaceSlug, runId } = await params;
  return withWorkspace(workspaceSlug, "run.read", async (scope) => {
    await getRun(scope, { runId }); // 404 before streaming, not an error event inside a 200
    return new Response(runEventStream(scope, runId, req.signal), {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
    });
  });
}
