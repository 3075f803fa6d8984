// Driver-adapter factories the schema engine migrates through: PostgreSQL via
// @prisma/adapter-pg and embedded PGlite via pglite-prisma-adapter. Both stock
// adapters need fixes to run migrations (see each factory), and both need a
// shadow database that actually works, which we supply ourselves.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** A factory plus `close()`, which releases every connection it opened. */
export type TMigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  close(): Promise<void>;
};

type TPostgresError = {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
};

function isPostgresError(error: unknown): error is TPostgresError {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string";
}

// Without this the engine only reports "External error id#N"; as a driver
// error it reports Postgres' own message (and code) for a failed migration.
function toDriverError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/**
 * Delegates to a stock adapter but runs scripts through `runScript` and
 * releases resources through `release`; dispose() may be called repeatedly.
 */
function withScriptAndRelease(
  inner: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  release: () => Promise<void>,
): SqlDriverAdapter {
  let released: Promise<void> | undefined;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    async executeScript(script) {
      try {
        await runScript(script);
      } catch (error) {
        throw toDriverError(error);
      }
    },
    dispose() {
      released ??= inner.dispose().then(release);
      return released;
    },
  };
}

/** Tracks what a factory opened so `close()` can release what the engine left. */
function openedAdapters() {
  const open = new Set<SqlDriverAdapter>();
  return {
    track(adapter: SqlDriverAdapter): SqlDriverAdapter {
      open.add(adapter);
      const dispose = adapter.dispose;
      adapter.dispose = () => {
        open.delete(adapter);
        return dispose();
      };
      return adapter;
    },
    async closeAll(): Promise<void> {
      const adapters = [...open];
      open.clear();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

// --- PostgreSQL -------------------------------------------------------------

const PG_CHAR_OID = 18; // the one-byte internal "char" type (pg_class.relkind, …)
const PG_TEXT_OID = 25;

function relabelCharAsText(result: unknown): unknown {
  const fields = (result as { fields?: unknown } | null)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields as { dataTypeID?: number }[]) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

// adapter-pg cannot map "char" (oid 18) and fails the engine's catalog
// introspection with "Unsupported column type char". Its value is a
// one-character string, so reporting it as text is exact. Patching each
// client (not the pool) covers queries inside transactions too; pool.query
// calls client.query with a callback, so both styles are handled.
function patchClientQuery(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, relabelCharAsText(result));
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(relabelCharAsText) : returned;
  };
  client.query = patched as typeof client.query;
}

function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  pool.on("connect", patchClientQuery);
  // An idle client dying (server restart) must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

async function connectPostgres(url: string, release: () => Promise<void> = async () => {}): Promise<SqlDriverAdapter> {
  const pool = createPool(url);
  // With an external pool adapter-pg's dispose() leaves the pool open, so we
  // end it ourselves after it.
  const inner = await new PrismaPg(pool).connect();
  // adapter-pg splits scripts on ";", which breaks DO $$ … $$ blocks and
  // semicolons in string literals. A parameterless query goes over the simple
  // protocol, which runs a multi-statement script as one unit.
  return withScriptAndRelease(
    inner,
    (script) => pool.query(script),
    async () => {
      await pool.end();
      await release();
    },
  );
}

function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL at `url`. The shadow database is a scratch database
 * (`coral_shadow_<random>`) created on the same server and dropped on
 * dispose; the stock factory's shadow connection ends up on the main database
 * because a connection string's database wins over the `database` option.
 */
export function postgresAdapterFactory(url: string): TMigrationAdapterFactory {
  const opened = openedAdapters();
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return opened.track(await connectPostgres(url));
    },
    async connectToShadowDb() {
      const name = `coral_shadow_${randomBytes(6).toString("hex")}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const drop = () => adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      try {
        return opened.track(await connectPostgres(databaseUrl(url, name), drop));
      } catch (error) {
        await drop();
        throw error;
      }
    },
    close: () => opened.closeAll(),
  };
}

// --- PGlite -----------------------------------------------------------------

/** An in-memory PGlite that can run the migrations (they create `vector`). */
export function createScratchPGlite(): Promise<PGlite> {
  return PGlite.create({ extensions: { vector } });
}

async function connectPGlite(pglite: PGlite, release: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(pglite).connect();
  // pglite-prisma-adapter fires exec() without awaiting it, so a failing
  // migration "succeeds" and its error surfaces later, or never.
  return withScriptAndRelease(inner, (script) => pglite.exec(script), release);
}

/**
 * The PGlite instance `pglite`, which stays open: its owner closes it. The
 * shadow database is a fresh in-memory PGlite with pgvector (the stock one
 * lacks the extension), closed on dispose.
 */
export function pgliteAdapterFactory(pglite: PGlite): TMigrationAdapterFactory {
  const opened = openedAdapters();
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      return opened.track(await connectPGlite(pglite, async () => {}));
    },
    async connectToShadowDb() {
      const shadow = await createScratchPGlite();
      return opened.track(await connectPGlite(shadow, () => shadow.close()));
    },
    close: () => opened.closeAll(),
  };
}
