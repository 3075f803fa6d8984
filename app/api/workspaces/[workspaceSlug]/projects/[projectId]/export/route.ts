// GET ?format=json|yaml|md: download a project export (settings, runs, handoffs, deliverables).
import { withWorkspace } from "@/server/http/workspace-route";
import { exportProject } from "@/server/services/runs/export-project";

export async function GET(req: Request, { params }: { params: Promise<{ workspaceSlug: string; projectId: string }> }) {
  const { workspaceSlug, projectId } = await params;
  return withWorkspace(workspaceSlug, "project.read", async (scope) => {
    const format = new URL(req.url).searchParams.get("format") ?? "json";
    const file = await exportProject(scope, { projectId, format: format as "json" });
    return new Response(file.body, { headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.fileName}"` } });
  });
}
