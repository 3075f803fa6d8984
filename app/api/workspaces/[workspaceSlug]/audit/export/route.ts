// GET: download the workspace's audit chain as JSON Lines, streamed a batch
// at a time; the head (last seq and hash) is also in the response headers.
import { clientAddress } from "@/server/http/client-address";
import { withWorkspace } from "@/server/http/workspace-route";
import { AUDIT_EXPORT_CONTENT_TYPE, exportAuditEvents } from "@/server/services/audit/export-audit-events";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  return withWorkspace(workspaceSlug, "audit.read", async (scope) => {
    const address = clientAddress(req.headers);
    const file = await exportAuditEvents(scope, address === "local" ? null : address);
    const lines = file.lines[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await lines.return?.();
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": AUDIT_EXPORT_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${workspaceSlug}-${file.fileName}"`,
        "Cache-Control": "no-store",
        "X-Audit-Head-Seq": String(file.head.seq),
        "X-Audit-Head-Hash": file.head.hash,
      },
    });
  });
}
