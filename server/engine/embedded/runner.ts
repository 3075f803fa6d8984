// The embedded durable engine: runs engine functions in this process with
// every step journaled in the database, so an execution survives a restart
// and goes on from its last finished step. Used when Inngest is not
// configured. It assumes one app process per database (the embedded
// PostgreSQL allows only that anyway); multi-instance deployments use Inngest.
import {
  createExecution,
  findExecution,
  listActive,
  listRunnable,
  listWaitingFor,
  loadJournal,
  markStepFinished,
  nextWake,
  recordEvent,
  setExecutionState,
} from "@/server/services/engine/execution-store";
import { fieldOf, type TEngineEvent, type TEngineFunction } from "../step-tools";
import { createStepContext, Suspend } from "./step-context";

type TRunning = { controller: AbortController; done: Promise<void>; key: string };

export class EmbeddedRunner {
  private readonly functions = new Map<string, TEngineFunction<never>>();
  private readonly running = new Map<string, TRunning>();
  /** Executions whose state could not be written (the database failing): retried later, not in a hot loop. */
  private readonly backoff = new Map<string, { until: number; failures: number }>();
  private pumping: Promise<void> = Promise.resolve();
  /** The next pass not yet begun: everyone asking meanwhile shares it, so a burst of events does not queue a pass each. */
  private pendingPump: Promise<void> | null = null;
  private wakeTimer: NodeJS.Timeout | null = null;
  private started = false;
  private stopped = false;

  constructor(private readonly options: { maxConcurrent: number } = { maxConcurrent: 8 }) {}

  register<TData>(fn: TEngineFunction<TData>): this {
    this.functions.set(fn.id, fn as unknown as TEngineFunction<never>);
    return this;
  }

  /** Pick up what a previous process left: queued, interrupted and due executions. */
  async start(): Promise<void> {
    this.started = true;
    await this.pump(true);
  }

  async send(events: TEngineEvent | TEngineEvent[]): Promise<void> {
    for (const event of Array.isArray(events) ? events : [events]) {
      await recordEvent(event.name, event.data);
      for (const fn of this.functions.values()) {
        if (fn.trigger === event.name) {
          const key = String(fieldOf(event, fn.concurrency.key) ?? "");
          await createExecution({ functionId: fn.id, eventName: event.name, eventData: event.data, concurrencyKey: key });
        }
        if (fn.cancelOn?.event === event.name) {
          for (const active of await listActive(fn.id)) {
            if (fieldOf({ data: active.eventData }, fn.cancelOn.match) === fieldOf(event, fn.cancelOn.match)) await this.cancel(active.id);
          }
        }
      }
      // Deliver to executions waiting for it: journal the wait as answered and queue them.
      for (const waiting of await listWaitingFor(event.name)) {
        const wait = waiting.waitingFor;
        if (!wait || fieldOf(event, wait.matchField) !== wait.matchValue) continue;
        if (!Object.entries(wait.where ?? {}).every(([path, value]) => fieldOf(event, path) === value)) continue;
        await markStepFinished(waiting.id, wait.step, { output: { name: event.name, data: event.data } });
        await setExecutionState(waiting.id, { status: "queued", waitingFor: null, wakeAt: null });
      }
    }
    if (this.started) await this.pumpSoon();
  }

  /** A pass that begins after this call (so it sees what the caller just recorded), shared with every other caller until it begins. */
  private pumpSoon(): Promise<void> {
    this.pendingPump ??= this.pumping.then(() => {
      this.pendingPump = null;
      return this.pump(false);
    });
    return this.pendingPump;
  }

  async cancel(executionId: string): Promise<void> {
    const row = await findExecution(executionId);
    if (!row || row.status === "completed" || row.status === "failed" || row.status === "cancelled") return;
    await setExecutionState(executionId, { status: "cancelled", waitingFor: null, wakeAt: null, error: "Cancelled." });
    this.running.get(executionId)?.controller.abort(new Error("Cancelled."));
  }

  /** Start what may run now, fairly across concurrency keys (oldest first within a key). */
  private pump(includeRunning: boolean): Promise<void> {
    this.pumping = this.pumping.then(async () => {
      if (this.stopped) return;
      const now = Date.now();
      // Per key, no more can start than run at once here; the ones running in this process are skipped below.
      const perKey = this.options.maxConcurrent + this.running.size;
      const runnable = (await listRunnable({ includeRunning, now: new Date(now), perKey })).filter(
        (r) => !this.running.has(r.id) && this.functions.has(r.functionId) && (this.backoff.get(r.id)?.until ?? 0) <= now,
      );
      const queues = new Map<string, typeof runnable>();
      for (const row of runnable) queues.set(row.concurrencyKey, [...(queues.get(row.concurrencyKey) ?? []), row]);
      const busy = (key: string) => [...this.running.values()].filter((r) => r.key === key).length;
      let progressed = true;
      while (progressed && this.running.size < this.options.maxConcurrent) {
        progressed = false;
        for (const [key, queue] of queues) {
          const row = queue[0];
          const fn = row && this.functions.get(row.functionId);
          if (!row || !fn || busy(key) >= fn.concurrency.limit || this.running.size >= this.options.maxConcurrent) continue;
          queue.shift();
          this.launch(row.id, fn, { name: row.eventName, data: row.eventData as Record<string, unknown> }, key);
          progressed = true;
        }
      }
      await this.scheduleWake();
    });
    return this.pumping;
  }

  private launch(id: string, fn: TEngineFunction<never>, trigger: TEngineEvent, key: string): void {
    const controller = new AbortController();
    const inFlight = new Set<Promise<unknown>>();
    const done = (async () => {
      await setExecutionState(id, { status: "running" });
      const journal = await loadJournal(id);
      const step = createStepContext({ executionId: id, trigger, journal, signal: controller.signal, send: (events) => this.send(events), inFlight });
      try {
        const output = await (fn.handler as (ctx: unknown) => Promise<unknown>)({ event: trigger, step, signal: controller.signal });
        if (!controller.signal.aborted) await setExecutionState(id, { status: "completed", output: output ?? null });
      } catch (error) {
        // Parallel branches still running must be journaled before the execution is left.
        await Promise.allSettled([...inFlight]);
        if (controller.signal.aborted) return; // cancel() already recorded it
        if (error instanceof Suspend) return; // the step recorded why and until when
        await setExecutionState(id, { status: "failed", error: error instanceof Error ? error.message : String(error) });
      }
    })()
      .then(
        () => {
          this.backoff.delete(id);
        },
        (error: unknown) => {
          const failures = (this.backoff.get(id)?.failures ?? 0) + 1;
          const delay = Math.min(60_000, 500 * 2 ** failures);
          this.backoff.set(id, { until: Date.now() + delay, failures });
          console.error(`engine: execution ${id} could not be recorded (attempt ${failures}; next try in ${delay / 1000} s)`, error);
          setTimeout(() => void (this.stopped ? undefined : this.pump(true)), delay + 5).unref();
        },
      )
      .finally(() => {
        this.running.delete(id);
        if (!this.stopped) void this.pumpSoon();
      });
    this.running.set(id, { controller, done, key });
  }

  private async scheduleWake(): Promise<void> {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    const at = await nextWake();
    if (!at || this.stopped) return;
    const delay = Math.min(Math.max(0, at.getTime() - Date.now()) + 5, 2 ** 31 - 1);
    this.wakeTimer = setTimeout(() => void this.pumpSoon(), delay);
    this.wakeTimer.unref();
  }

  /** Wait until nothing is running or queued (tests, graceful shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      await this.pumping;
      // A pass asked for but not begun yet may still start work.
      if (this.pendingPump) {
        await this.pendingPump;
        continue;
      }
      const current = [...this.running.values()].map((r) => r.done);
      if (current.length === 0) return;
      await Promise.allSettled(current);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    for (const r of this.running.values()) r.controller.abort(new Error("The engine is stopping."));
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
  }
}
