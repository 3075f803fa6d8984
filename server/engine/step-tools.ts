// The small surface workflow code is written against. Inngest's `step` object
// satisfies it, and so does the embedded runner's, so one workflow function
// runs on both engines. Every id is a stable string (a workflow step id),
// never a position, so replays and resumes find the same memoized results.
export type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson };

export type TEngineEvent<TData = Record<string, unknown>> = { name: string; data: TData; id?: string; ts?: number };

export type TWaitOptions = {
  event: string;
  /** "30s", "15m", "72h", "7d" or milliseconds. */
  timeout: string | number;
  /** Inngest's match: the awaited event's field must equal the trigger event's, e.g. "data.runId". */
  match: string;
  /** Further fields the awaited event must carry with exactly these values, e.g. { "data.approvalId": id }. */
  where?: Record<string, string>;
  /**
   * Also accept a matching event sent since this moment (ms since epoch), before the wait itself began —
   * e.g. a decision made the instant an approval opened. The embedded runner looks back; Inngest cannot.
   */
  since?: number;
};

/** Does `event` satisfy a wait for `trigger`'s match field and the extra conditions? */
export function matchesWait(event: { data: unknown }, trigger: { data: unknown }, wait: Pick<TWaitOptions, "match" | "where">): boolean {
  if (fieldOf(event, wait.match) !== fieldOf(trigger, wait.match)) return false;
  return Object.entries(wait.where ?? {}).every(([path, value]) => fieldOf(event, path) === value);
}

export type TStepTools = {
  /** Run `fn` once; on replay return what it returned the first time. */
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sleep(id: string, duration: string | number): Promise<void>;
  /** The first matching event after the wait began, or null when it timed out. */
  waitForEvent(id: string, options: TWaitOptions): Promise<TEngineEvent | null>;
  sendEvent(id: string, event: TEngineEvent | TEngineEvent[]): Promise<unknown>;
};

export type TFunctionContext<TData> = {
  event: TEngineEvent<TData>;
  step: TStepTools;
  /** Aborted when the execution is cancelled: pass it to model calls. */
  signal: AbortSignal;
};

export type TEngineFunction<TData = Record<string, unknown>> = {
  id: string;
  trigger: string;
  /** Executions whose trigger has the same value at `key` (e.g. "data.workspaceId") share `limit` slots. */
  concurrency: { key: string; limit: number };
  /** An event that cancels a running execution whose field `match` equals the trigger's. */
  cancelOn?: { event: string; match: string };
  handler: (ctx: TFunctionContext<TData>) => Promise<unknown>;
};

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function durationMs(value: string | number): number {
  if (typeof value === "number") return value;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(value.trim());
  if (!match) throw new Error(`"${value}" is not a duration: write e.g. 30s, 15m, 72h or 7d.`);
  return Math.round(Number(match[1]) * UNITS[match[2]!]!);
}

/** Read a dotted path ("data.runId") from an event. */
export function fieldOf(event: { data: unknown }, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), event);
}
