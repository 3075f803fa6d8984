// Turns an engine function (server/engine/step-tools.ts) into an Inngest
// function: the same id, trigger, per-workspace concurrency and cancellation,
// and the same handler, which only ever sees the StepTools surface.
import type { TEngineEvent, TEngineFunction, TStepTools } from "@/server/engine/step-tools";
import { inngest } from "./client";

type TInngestStep = {
  run: (id: string, fn: () => Promise<unknown>) => Promise<unknown>;
  sleep: (id: string, duration: string | number) => Promise<unknown>;
  waitForEvent: (id: string, opts: { event: string; timeout: string | number; match?: string; if?: string }) => Promise<unknown>;
  sendEvent: (id: string, payload: unknown) => Promise<unknown>;
};

export function toStepTools(step: TInngestStep): TStepTools {
  return {
    run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
    sleep: async (id, duration) => void (await step.sleep(id, duration)),
    waitForEvent: async (id, { event, timeout, match, where }) => {
      // Inngest takes one of match / if: extra fields become an expression over both events.
      const conditions = [`async.${match} == event.${match}`, ...Object.entries(where ?? {}).map(([path, value]) => `async.${path} == ${JSON.stringify(value)}`)];
      const options = where && Object.keys(where).length > 0 ? { event, timeout, if: conditions.join(" && ") } : { event, timeout, match };
      return ((await step.waitForEvent(id, options)) ?? null) as TEngineEvent | null;
    },
    sendEvent: (id, event) => step.sendEvent(id, event),
  };
}

export function toInngestFunction<TData>(fn: TEngineFunction<TData>) {
  return inngest.createFunction(
    {
      id: fn.id,
      triggers: [{ event: fn.trigger }],
      concurrency: [{ key: `event.${fn.concurrency.key}`, limit: fn.concurrency.limit }],
      cancelOn: fn.cancelOn ? [{ event: fn.cancelOn.event, match: fn.cancelOn.match }] : undefined,
    },
    // Inngest cancels between steps; the signal exists for the embedded runner's in-flight abort.
    async ({ event, step }) => fn.handler({ event: event as unknown as TEngineEvent<TData>, step: toStepTools(step as unknown as TInngestStep), signal: new AbortController().signal }),
  );
}
