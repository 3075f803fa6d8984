// Live progress of runs inside this process: step changes, streamed tokens,
// handoffs and approvals, for the run page's event stream. The database stays
// the source of truth (the stream sends a fresh snapshot on every change);
// token deltas exist only here, so with Inngest running steps in another
// process the page shows state changes without the live token stream.
import { EventEmitter } from "node:events";

export type TRunProgress =
  | { type: "changed"; runId: string; stepId?: string }
  | { type: "delta"; runId: string; stepId: string; text: string }
  | { type: "attempt"; runId: string; stepId: string; message: string };

// Shared by every bundle of the server process (the runner and the stream route).
const bus = ((globalThis as { __coralProgress?: EventEmitter }).__coralProgress ??= new EventEmitter().setMaxListeners(0));

export function publishProgress(event: TRunProgress): void {
  bus.emit(event.runId, event);
}

export function subscribeProgress(runId: string, listener: (event: TRunProgress) => void): () => void {
  bus.on(runId, listener);
  return () => bus.off(runId, listener);
}
