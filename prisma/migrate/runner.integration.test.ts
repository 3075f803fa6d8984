// Integration tests for the migration runner against real databases: the
// repository's migrations deployed to an in-memory PGlite with pgvector and
// to a fresh PostgreSQL database, checking that `_prisma_migrations` holds
// exactly what the Prisma CLI would write; and `createMigration` on copies of
// the migrations folder.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_DIR } from "./migrations-folder";
import { createMigration, deployMigrations, migrationStatus, type TDbTarget } from "./runner";

// Same variable and default as the rest of the suite (scripts/setup-test-env.sh
// sets it when the local server needs a password).
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
// Starting a PGlite and the engine takes seconds, more on a busy machine.
const SLOW = { timeout: 120_000 };

type TRow = Record<string, unknown>;
type TQuery = (sql: string) => Promise<TRow[]>;

// What the folder says `_prisma_migrations` must hold: names in order and the
// sha256 of each migration.sql, the checksum the Prisma CLI records.
const expected = fs
  .readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => {
    const sql = fs.readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"));
    return { name, checksum: createHash("sha256").update(sql).digest("hex") };
  });

function databaseUrl(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<TRow[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as TRow[];
  } finally {
    await client.end();
  }
}

// The same assertions for every target; `query` reads the migrated database.
function describeDeploy(target: () => TDbTarget, query: () => TQuery): void {
  it("applies every migration and records it as the Prisma CLI does", async () => {
    expect(expected.length).toBeGreaterThan(0);
    const result = await deployMigrations(target());
    expect(result.applied).toEqual(expected.map((m) => m.name));

    const rows = await query()(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("creates the vector extension and the schema's tables", async () => {
    const extensions = await query()("SELECT extname FROM pg_extension");
    expect(extensions.map((row) => row.extname)).toContain("vector");
    const tables = await query()(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Workspace'`,
    );
    expect(tables).toEqual([{ table_name: "Workspace" }]);
  });

  it("applies nothing on a second deploy and reports everything applied", async () => {
    expect(await deployMigrations(target())).toEqual({ applied: [] });
    const rows = await query()("SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(rows).toEqual([{ n: expected.length }]);
    expect(await migrationStatus(target())).toEqual({
      applied: expected.map((m) => m.name),
      pending: [],
      failed: [],
      edited: [],
      missingFromFolder: [],
    });
  });
}

describe("deployMigrations to an in-memory PGlite with pgvector", SLOW, () => {
  let pglite: PGlite;

  beforeAll(async () => {
    pglite = await PGlite.create({ extensions: { vector } });
  });
  afterAll(async () => {
    await pglite?.close();
  });

  it("reports every migration pending on an empty database", async () => {
    const status = await migrationStatus({ kind: "pglite", pglite });
    expect(status.applied).toEqual([]);
    expect(status.pending).toEqual(expected.map((m) => m.name));
  });

  describeDeploy(
    () => ({ kind: "pglite", pglite }),
    () => async (sql) => (await pglite.query<TRow>(sql)).rows,
  );

  it("leaves the caller's PGlite open", () => {
    expect(pglite.closed).toBe(false);
  });
});

describe("deployMigrations to a fresh PostgreSQL database", SLOW, () => {
  const database = `coral_migrate_test_${randomBytes(4).toString("hex")}`;
  const url = databaseUrl(database);
  let client: pg.Client;

  beforeAll(async () => {
    const available = await adminQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
    if (available.length === 0) {
      throw new Error("pgvector is not installed for this PostgreSQL; run scripts/setup-pgvector.sh as root");
    }
    await adminQuery(`CREATE DATABASE "${database}"`);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  describeDeploy(
    () => ({ kind: "postgres", url }),
    () => async (sql) => (await client.query(sql)).rows as TRow[],
  );
});

describe("createMigration", SLOW, () => {
  let workDir: string;

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "coral-create-migration-"));
  });
  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  function copyOf(dir: string, name: string): string {
    const copy = path.join(workDir, name);
    fs.cpSync(dir, copy, { recursive: true });
    return copy;
  }

  it("writes nothing when the migrations already match the schema", async () => {
    const migrationsDir = copyOf(DEFAULT_MIGRATIONS_DIR, "unchanged");
    const before = fs.readdirSync(migrationsDir).sort();
    expect(await createMigration("nothing", { migrationsDir })).toEqual({ migration: null, file: null });
    expect(fs.readdirSync(migrationsDir).sort()).toEqual(before);
  });

  it("writes a timestamped migration for a schema change and keeps hand-written _hnsw indexes", async () => {
    const migrationsDir = copyOf(DEFAULT_MIGRATIONS_DIR, "hnsw-migrations");
    const schemaDir = copyOf(DEFAULT_SCHEMA_DIR, "hnsw-schema");
    fs.writeFileSync(
      path.join(schemaDir, "chunks.prisma"),
      'model Chunk {\n  id        String                    @id\n  embedding Unsupported("vector(3)")?\n}\n',
    );

    const now = new Date(Date.UTC(2099, 0, 2, 3, 4, 5));
    const created = await createMigration("Add chunks", { migrationsDir, schemaDir, now });
    expect(created.migration).toBe("20990102030405_add_chunks");
    const sql = fs.readFileSync(path.join(migrationsDir, "20990102030405_add_chunks", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Chunk"');
    expect(sql).toContain('"embedding" vector(3)');
    expect(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );

    // The schema cannot declare an HNSW index, so the engine's diff wants to
    // drop the hand-written one; the runner must not emit that.
    fs.appendFileSync(
      path.join(migrationsDir, "20990102030405_add_chunks", "migration.sql"),
      '\nCREATE INDEX "Chunk_embedding_hnsw" ON "Chunk" USING hnsw ("embedding" vector_cosine_ops);\n',
    );
    expect(await createMigration("after index", { migrationsDir, schemaDir })).toEqual({ migration: null, file: null });
  });
});
