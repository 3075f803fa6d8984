// The project's migration runner: applies, inspects and creates Prisma
// migrations through the WASM schema engine, because the native Prisma CLI's
// `migrate` commands need an engine download that is not possible offline.
// The migrations folder and `_prisma_migrations` stay exactly what the Prisma
// CLI reads and writes, so a machine with internet can use
// `prisma migrate deploy` on the same database interchangeably.
import type { PGlite } from "@electric-sql/pglite";
import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  createScratchPGlite,
  pgliteAdapterFactory,
  postgresAdapterFactory,
  type TMigrationAdapterFactory,
} from "./adapters";
import { withSchemaEngine } from "./engine";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_DIR,
  REPO_ROOT,
  migrationTimestamp,
  readMigrationsList,
  readSchemaFiles,
  snakeCaseName,
  writeMigration,
} from "./migrations-folder";

/** Where to migrate. A given PGlite stays open: its owner closes it. */
export type TDbTarget = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };

export type TRunnerOptions = {
  migrationsDir?: string;
  log?: (line: string) => void;
};

export type TCreateMigrationOptions = TRunnerOptions & {
  schemaDir?: string;
  // For tests: the clock the folder's timestamp comes from.
  now?: Date;
};

export type TMigrationStatus = {
  applied: string[];
  pending: string[];
  // Started but not finished; they block deploys until resolved by hand.
  failed: string[];
  // Applied, but migration.sql changed since (checksum mismatch).
  edited: string[];
  // Recorded in the database, missing from the folder.
  missingFromFolder: string[];
};

// No tables or enums are managed outside Prisma in this project.
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

function adapterFor(target: TDbTarget): TMigrationAdapterFactory {
  return target.kind === "pglite" ? pgliteAdapterFactory(target.pglite) : postgresAdapterFactory(target.url);
}

async function withTarget<T>(target: TDbTarget, work: (adapter: TMigrationAdapterFactory) => Promise<T>): Promise<T> {
  const adapter = adapterFor(target);
  try {
    return await work(adapter);
  } finally {
    await adapter.close();
  }
}

/** Applies every pending migration; a second call applies nothing. */
export async function deployMigrations(target: TDbTarget, opts: TRunnerOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => undefined);
  const migrationsList = await readMigrationsList(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  log(`${migrationsList.migrationDirectories.length} migration(s) in ${migrationsList.baseDir}`);
  const { appliedMigrationNames } = await withTarget(target, (adapter) =>
    withSchemaEngine(adapter, (engine) => engine.applyMigrations({ migrationsList, filters: FILTERS })),
  );
  for (const name of appliedMigrationNames) log(`applied ${name}`);
  if (appliedMigrationNames.length === 0) log("no pending migrations");
  return { applied: appliedMigrationNames };
}

/** Which migrations of the folder the database has applied, and which not. */
export async function migrationStatus(target: TDbTarget, opts: TRunnerOptions = {}): Promise<TMigrationStatus> {
  const migrationsList = await readMigrationsList(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const diagnosis = await withTarget(target, (adapter) =>
    withSchemaEngine(adapter, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
    ),
  );
  const history = diagnosis.history;
  const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const missingFromFolder =
    history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const notApplied = new Set([...pending, ...diagnosis.failedMigrationNames]);
  const applied = migrationsList.migrationDirectories
    .map((dir) => dir.path)
    .filter((name) => !notApplied.has(name));
  return {
    applied,
    pending,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    missingFromFolder,
  };
}

// HNSW (pgvector) indexes cannot be declared in the Prisma schema, so they
// are written by hand in migrations, and every diff would emit DROP INDEX for
// them. Convention: a hand-written index's name ends in `_hnsw`, and its drops
// are removed from generated migrations (with their `-- DropIndex` comment).
const HAND_WRITTEN_INDEX_DROP = /^(?:-- DropIndex\n)?DROP INDEX (?:IF EXISTS )?(?:"[^"]+"\.)?"[^"]*_hnsw";\n*/gm;

function withoutHandWrittenIndexDrops(sql: string): string {
  return sql.replace(HAND_WRITTEN_INDEX_DROP, "");
}

function hasStatements(sql: string): boolean {
  return sql.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}

/**
 * Writes a migration that takes the database the existing migrations produce
 * to the current schema: `<migrationsDir>/<UTC yyyymmddHHMMSS>_<snake_name>/migration.sql`.
 * Returns the new folder's name, or null (writing nothing) when the schema
 * and the migrations already agree.
 */
export async function createMigration(
  name: string,
  opts: TCreateMigrationOptions = {},
): Promise<{ migration: string | null; file: string | null }> {
  const log = opts.log ?? (() => undefined);
  const folder = `${migrationTimestamp(opts.now ?? new Date())}_${snakeCaseName(name)}`;
  const migrationsDir = opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const [migrationsList, schemaFiles] = await Promise.all([
    readMigrationsList(migrationsDir),
    readSchemaFiles(opts.schemaDir ?? DEFAULT_SCHEMA_DIR),
  ]);

  // Diffing from the `migrations` target re-emits CREATE EXTENSION every
  // time, and the engine's createMigration refuses to run in WASM; replaying
  // into a throw-away database and diffing from it has neither problem.
  const scratch = await createScratchPGlite();
  let script: string;
  try {
    log(`replaying ${migrationsList.migrationDirectories.length} migration(s) into a scratch database`);
    for (const dir of migrationsList.migrationDirectories) {
      const content = dir.migrationFile.content;
      if (content.tag === "error") throw new Error(`Cannot read ${dir.path}/migration.sql: ${content.value}`);
      await scratch.exec(content.value).catch((error: unknown) => {
        throw new Error(`Migration ${dir.path} failed to replay: ${error instanceof Error ? error.message : error}`);
      });
    }
    log("diffing against the schema");
    const diff = await withTarget({ kind: "pglite", pglite: scratch }, (adapter) =>
      withSchemaEngine(
        adapter,
        (engine) =>
          engine.diff({
            from: { tag: "schemaDatasource", files: schemaFiles, configDir: REPO_ROOT },
            to: { tag: "schemaDatamodel", files: schemaFiles },
            script: true,
            exitCode: true,
            filters: FILTERS,
          }),
        { schemaFiles },
      ),
    );
    script = diff.exitCode === 2 ? withoutHandWrittenIndexDrops(diff.stdout ?? "") : "";
  } finally {
    await scratch.close();
  }

  if (!hasStatements(script)) {
    log("the schema matches the migrations; no migration created");
    return { migration: null, file: null };
  }
  const file = await writeMigration(migrationsDir, folder, script);
  log(`created ${file}`);
  return { migration: folder, file };
}
