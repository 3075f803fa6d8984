// The embedded engine's `step` for one replay of one execution. Finished steps
// return their journaled result; new ones run and are journaled before the
// replay goes on. sleep and waitForEvent suspend the execution (it stops here
// and is replayed when it wakes). A step a crash interrupted is retried once.
import {
  eventsSince,
  markStepFinished,
  markStepStarted,
  setExecutionState,
  type TJournalEntry,
} from "@/server/services/engine/execution-store";
import { durationMs, fieldOf, matchesWait, type TEngineEvent, type TStepTools, type TWaitOptions } from "../step-tools";

/** Thrown to stop a replay at a sleep or wait; the execution is resumed later. */
export class Suspend extends Error {
  constructor() {
    super("suspended");
  }
}

/** A step failed earlier (or here): replays see the same failure. */
export class StepFailed extends Error {
  constructor(
    readonly stepId: string,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_INTERRUPTED_ATTEMPTS = 2;

const jsonified = <T>(value: T): T => (value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T));

export function createStepContext(options: {
  executionId: string;
  trigger: TEngineEvent;
  journal: Map<string, TJournalEntry>;
  signal: AbortSignal;
  send: (events: TEngineEvent[]) => Promise<void>;
  inFlight: Set<Promise<unknown>>;
}): TStepTools {
  const { executionId, journal, signal } = options;

  function cancelled(): Error {
    return signal.reason instanceof Error ? signal.reason : new Error("cancelled");
  }

  async function finish(key: string, result: { output?: unknown; error?: string }) {
    await markStepFinished(executionId, key, result);
    const previous = journal.get(key);
    journal.set(key, { key, status: result.error === undefined ? "completed" : "failed", output: result.output ?? null, error: result.error ?? null, attempts: previous?.attempts ?? 1, startedAt: previous?.startedAt ?? new Date() });
  }

  async function begin(key: string): Promise<TJournalEntry> {
    const previous = journal.get(key);
    const attempts = previous ? previous.attempts + 1 : 1;
    const startedAt = await markStepStarted(executionId, key, attempts);
    const entry: TJournalEntry = { key, status: "started", output: null, error: null, attempts, startedAt };
    journal.set(key, entry);
    return entry;
  }

  async function run<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const entry = journal.get(id);
    if (entry?.status === "completed") return entry.output as T;
    if (entry?.status === "failed") throw new StepFailed(id, entry.error ?? "failed");
    if (signal.aborted) throw cancelled();
    if (entry && entry.attempts >= MAX_INTERRUPTED_ATTEMPTS) {
      const message = `Step "${id}" was interrupted ${entry.attempts} times (the process stopped while it ran); not retrying again.`;
      await finish(id, { error: message });
      throw new StepFailed(id, message);
    }
    await begin(id);
    const work = (async () => {
      try {
        const output = jsonified(await fn());
        await finish(id, { output });
        return output;
      } catch (error) {
        if (signal.aborted) throw cancelled();
        const message = error instanceof Error ? error.message : String(error);
        await finish(id, { error: message });
        throw new StepFailed(id, message);
      }
    })();
    options.inFlight.add(work);
    work.then(
      () => options.inFlight.delete(work),
      () => options.inFlight.delete(work),
    );
    return work;
  }

  async function sleep(id: string, duration: string | number): Promise<void> {
    const entry = journal.get(id) ?? (await begin(id));
    if (entry.status === "completed") return;
    const wakeAt = new Date(entry.startedAt.getTime() + durationMs(duration));
    if (Date.now() >= wakeAt.getTime()) return finish(id, { output: null });
    await setExecutionState(executionId, { status: "waiting", waitingFor: null, wakeAt });
    throw new Suspend();
  }

  async function waitForEvent(id: string, wait: TWaitOptions): Promise<TEngineEvent | null> {
    const known = journal.get(id);
    if (known?.status === "completed") return known.output as TEngineEvent | null;
    const entry = known ?? (await begin(id));
    const matchValue = fieldOf(options.trigger, wait.match);
    const expiresAt = new Date(entry.startedAt.getTime() + durationMs(wait.timeout));
    await setExecutionState(executionId, { status: "waiting", waitingFor: { step: id, event: wait.event, matchField: wait.match, matchValue, where: wait.where }, wakeAt: expiresAt });
    // An event may have arrived before the wait was recorded: look after recording, so none is missed.
    const from = wait.since !== undefined && wait.since < entry.startedAt.getTime() ? new Date(wait.since) : entry.startedAt;
    const arrived = (await eventsSince(wait.event, from)).find((e) => matchesWait({ data: e.data }, options.trigger, wait));
    if (arrived) {
      const event: TEngineEvent = { name: arrived.name, data: arrived.data as Record<string, unknown>, id: arrived.id, ts: arrived.createdAt.getTime() };
      await finish(id, { output: event });
      await setExecutionState(executionId, { status: "running", waitingFor: null, wakeAt: null });
      return event;
    }
    if (Date.now() >= expiresAt.getTime()) {
      await finish(id, { output: null });
      await setExecutionState(executionId, { status: "running", waitingFor: null, wakeAt: null });
      return null;
    }
    throw new Suspend();
  }

  async function sendEvent(id: string, event: TEngineEvent | TEngineEvent[]): Promise<unknown> {
    const events = Array.isArray(event) ? event : [event];
    return run(id, async () => {
      await options.send(events);
      return { ids: events.map((e) => e.name) };
    });
  }

  return { run, sleep, waitForEvent, sendEvent };
}
