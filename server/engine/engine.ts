// Which engine runs the workflows: Inngest when configured, otherwise the
// embedded durable runner in this process (started once, at boot, with every
// engine function registered). Services only ever call `sendEngineEvent`.
import { inngest, isInngestConfigured } from "@/inngest/client";
import { engineFunctions } from "@/inngest/functions";
import { EmbeddedRunner } from "./embedded/runner";
import type { TEngineEvent } from "./step-tools";

export const engineKind: "inngest" | "embedded" = isInngestConfigured ? "inngest" : "embedded";

// One runner per process, shared across the server's separately bundled entry
// points (instrumentation, route handlers), hence kept on globalThis.
type TRunnerHolder = { runner: EmbeddedRunner | null; starting: Promise<EmbeddedRunner> | null };
const holder = ((globalThis as { __coralRunner?: TRunnerHolder }).__coralRunner ??= { runner: null, starting: null });

/** The embedded runner, started on first use (and at server boot by instrumentation.ts). */
export function embeddedRunner(): Promise<EmbeddedRunner> {
  holder.starting ??= (async () => {
    const runner = new EmbeddedRunner({ maxConcurrent: 8 });
    for (const fn of engineFunctions) runner.register(fn);
    holder.runner = runner;
    await runner.start();
    return runner;
  })();
  return holder.starting;
}

export async function sendEngineEvent(events: TEngineEvent | TEngineEvent[]): Promise<void> {
  if (engineKind === "inngest") {
    await inngest.send(Array.isArray(events) ? events : [events]);
    return;
  }
  await (await embeddedRunner()).send(events);
}

/** Tests and shutdown: stop the embedded runner so the next use starts a fresh one. */
export async function stopEmbeddedRunner(): Promise<void> {
  const current = holder.runner;
  holder.runner = null;
  holder.starting = null;
  await current?.stop();
}
