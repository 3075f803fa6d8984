// The database a bench runs on: in-memory PGlite by default, or with
// BENCH_DB=postgres a fresh copy of a migrated template on the local
// PostgreSQL (TEST_POSTGRES_URL). Installed as the app's database; close()
// disconnects and drops what it created.
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { deployMigrations } from "@/prisma/migrate/runner";
import { createPGliteClient, createPostgresClient, setDb, type TDb } from "@/server/db/client";
import { createPostgresCopy, dropTemplate, prepareTemplate } from "@/server/testing/databases";

export const benchOnPostgres = process.env.BENCH_DB === "postgres";

export async function openBenchDatabase(): Promise<{ label: string; db: TDb; close: () => Promise<void> }> {
  if (benchOnPostgres) {
    const template = await prepareTemplate("postgres");
    const copy = await createPostgresCopy(template.template);
    const db = createPostgresClient(copy.url);
    setDb(db);
    return { label: "PostgreSQL (local)", db, close: async () => (await db.$disconnect(), await copy.drop(), await dropTemplate(template)) };
  }
  const pglite = await PGlite.create({ extensions: { vector } });
  await deployMigrations({ kind: "pglite", pglite });
  const db = createPGliteClient(pglite);
  setDb(db);
  return { label: "PGlite (in memory)", db, close: async () => (await db.$disconnect(), await pglite.close()) };
}
