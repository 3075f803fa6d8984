// Prisma's schema engine (the migrate/diff half of Prisma) loaded from its
// WASM build, so migrations work with no engine download. The native CLI
// cannot be pointed at this build, hence the project's own runner around it.
//
// The package root imports the .wasm file as an ES module, which Node cannot
// do, so we load the wasm-bindgen glue subpath and instantiate the .wasm
// ourselves.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

export type TSchemaFile = { path: string; content: string };

type TEngineOptions = {
  // Prisma schema files; the engine reads the datasource provider from them.
  schemaFiles?: TSchemaFile[];
  // The engine's own tracing (JSON lines); noisy, for debugging only.
  trace?: (line: string) => void;
};

type TGlue = typeof glue;
type TTimer = ReturnType<typeof setTimeout>;

// The glue keeps the WASM instance in a module-level variable and Node loads
// it once per process, but a bundler or test runner may load this file more
// than once (vitest does, per project). A second instantiation would swap the
// memory under a running engine and corrupt it, so the instance and its
// bookkeeping live on globalThis, shared by every copy of this module.
type TEngineState = {
  ready?: Promise<TGlue>;
  live: number;
  timers: Set<TTimer>;
};
const STATE_KEY = Symbol.for("coral.prisma-schema-engine");
const holder = globalThis as { [STATE_KEY]?: TEngineState };
const state: TEngineState = (holder[STATE_KEY] ??= { live: 0, timers: new Set() });

// On a Rust panic the engine hands its message to this global, then traps.
// Without it the hand-over itself throws and the message is lost; the Prisma
// CLI installs the same object.
type TPanicRegistry = { message: string; set_message(message: string): void };
const panics = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: TPanicRegistry };
panics.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message: string) {
    this.message = message;
  },
};

const GLUE_SUBPATH = "@prisma/schema-engine-wasm/schema_engine_bg";

// The engine arms a timeout (about 10 s) per operation and never clears it,
// which keeps a finished CLI alive; we track them and clear the leftovers
// once no engine is running.
function trackedSetTimeout(callback: () => void, ms: number): TTimer {
  const timer = setTimeout(() => {
    state.timers.delete(timer);
    callback();
  }, ms >>> 0);
  state.timers.add(timer);
  return timer;
}

function clearLeftoverTimers(): void {
  for (const timer of state.timers) clearTimeout(timer);
  state.timers.clear();
}

function glueImports(): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...glue };
  const timerImports = Object.keys(imports).filter((name) => name.startsWith("__wbg_setTimeout_"));
  // A new engine build could rename or drop the import; then timers would
  // silently escape tracking, so fail loudly instead.
  if (timerImports.length !== 1) {
    throw new Error(`Unexpected schema engine glue: found ${timerImports.length} setTimeout imports`);
  }
  for (const name of timerImports) imports[name] = trackedSetTimeout;
  return imports as WebAssembly.ModuleImports;
}

async function instantiate(): Promise<TGlue> {
  const require = createRequire(import.meta.url);
  // The package's exports map does not expose the .wasm itself; it sits next
  // to the glue file.
  const wasmPath = path.join(path.dirname(require.resolve(GLUE_SUBPATH)), "schema_engine_bg.wasm");
  const compiled = await WebAssembly.compile(await fs.readFile(wasmPath));
  const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": glueImports() });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  return glue;
}

/** Compiles and instantiates the engine once per process. */
export function loadSchemaEngine(): Promise<TGlue> {
  state.ready ??= instantiate().catch((error: unknown) => {
    state.ready = undefined; // let a later call retry
    throw error;
  });
  return state.ready;
}

/** The version string of the bundled engine build. */
export async function schemaEngineVersion(): Promise<string> {
  return (await loadSchemaEngine()).version();
}

// Engine errors end in a Rust span trace ("   0: sql_schema_connector::…");
// it is noise to a person except for the migration it names.
function withoutSpanTrace(message: string): string {
  const traceStart = message.search(/\n\s+0: /);
  if (traceStart === -1) return message;
  const summary = message.slice(0, traceStart).trim();
  const migration = message.slice(traceStart).match(/migration_name="([^"]+)"/)?.[1];
  return migration ? `Migration ${migration} failed: ${summary}` : summary;
}

// Driver errors reach us as "External error id#N"; the original JS error sits
// in the adapter's error registry, and its message is what a person needs.
function explainEngineError(error: unknown, registry: ErrorRegistry): Error {
  const message = error instanceof Error ? error.message : String(error);
  const detail = withoutSpanTrace(message).replace(/External error id#(\d+)/g, (whole, id: string) => {
    const record = registry.consumeError(Number(id));
    if (!record) return whole;
    const cause = record.error;
    return cause instanceof Error ? cause.message : String(cause);
  });
  const panicRegistry = panics.PRISMA_WASM_PANIC_REGISTRY;
  if (panicRegistry?.message) {
    const panic = panicRegistry.message;
    panicRegistry.message = "";
    // A panicked instance is unusable; the next call gets a fresh one.
    state.ready = undefined;
    return new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
  }
  if (detail === message && error instanceof Error) return error;
  return new Error(detail, { cause: error });
}

/**
 * Runs `work` with a fresh engine over `adapter`, then frees the engine. The
 * adapter factory stays the caller's to close.
 */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
  options: TEngineOptions = {},
): Promise<T> {
  const wasm = await loadSchemaEngine();
  const bound = bindMigrationAwareSqlAdapterFactory(adapter);
  const datamodels = options.schemaFiles?.map((file): [string, string] => [file.path, file.content]);
  const trace = options.trace;
  state.live += 1;
  let engine: SchemaEngine | undefined;
  try {
    engine = await wasm.SchemaEngine.new({ datamodels }, (line: string) => trace?.(line), bound);
    return await work(engine);
  } catch (error) {
    throw explainEngineError(error, bound.errorRegistry);
  } finally {
    engine?.free();
    state.live -= 1;
    if (state.live === 0) clearLeftoverTimers();
  }
}
