// The run page's live feed as server-sent events: a full snapshot of the run
// whenever it changes (`snapshot`), streamed model tokens of running steps
// (`delta`), retries and fallbacks (`attempt`), and a comment every 15 s to
// keep proxies from closing the stream. The database is also polled every two
// seconds, so changes made by another process (Inngest) still arrive. The
// stream ends after the snapshot that shows the run finished.
import { getRun, type TRunDetail } from "@/server/services/runs/get-run";
import { isRunActive } from "@/server/services/runs/run-status";
import type { TWorkspaceScope } from "@/server/services/shared/scope";
import { subscribeProgress, type TRunProgress } from "./progress-bus";

const encoder = new TextEncoder();

const frame = (event: string, data: unknown) => encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

type TStreamOptions = { pollMs: number; heartbeatMs: number; /** How a snapshot is shown (the REST API sends its own run shape). */ present?: (run: TRunDetail) => unknown };

export function runEventStream(scope: TWorkspaceScope, runId: string, signal: AbortSignal, options: TStreamOptions = { pollMs: 2_000, heartbeatMs: 15_000 }): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let lastSnapshot = "";
      let pending: Promise<void> | null = null;
      let dirty = false;
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        controller.close();
      };
      const snapshot = (): Promise<void> => {
        // A change during a read is not lost: read again right after.
        if (pending) {
          dirty = true;
          return pending;
        }
        pending = (async () => {
          try {
            const run = await getRun(scope, { runId });
            const text = JSON.stringify(run);
            if (!closed && text !== lastSnapshot) {
              lastSnapshot = text;
              controller.enqueue(frame("snapshot", options.present ? options.present(run) : run));
            }
            if (!isRunActive(run.status)) close();
          } catch (error) {
            if (!closed) controller.enqueue(frame("error", { message: error instanceof Error ? error.message : "The run could not be read." }));
            close();
          } finally {
            pending = null;
          }
          if (dirty && !closed) {
            dirty = false;
            await snapshot();
          }
        })();
        return pending;
      };
      const onProgress = (event: TRunProgress) => {
        if (closed) return;
        if (event.type === "changed") void snapshot();
        else controller.enqueue(frame(event.type, event));
      };
      const unsubscribe = subscribeProgress(runId, onProgress);
      const poll = setInterval(() => void snapshot(), options.pollMs);
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), options.heartbeatMs);
      cleanup = () => {
        unsubscribe();
        clearInterval(poll);
        clearInterval(heartbeat);
      };
      signal.addEventListener("abort", close, { once: true });
      await snapshot();
    },
    cancel() {
      cleanup();
    },
  });
}
