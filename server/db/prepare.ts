// Open the process database and bring its schema up to date. Used by the
// start script and the admin command line (never by request handlers).
import type { PGlite } from "@electric-sql/pglite";
import { deployMigrations } from "@/prisma/migrate/runner";
import { env } from "@/server/env";
import { createPGliteClient, setDb, type TDb } from "./client";
import { closeEmbeddedDatabase, openEmbeddedDatabase } from "./embedded";
import { getDb } from "./client";

export type TPreparedDatabase = { db: TDb; applied: string[]; describe: string; close: () => Promise<void> };

export async function prepareDatabase(log: (line: string) => void = () => {}): Promise<TPreparedDatabase> {
  if (env.DATABASE_URL) {
    const { applied } = await deployMigrations({ kind: "postgres", url: env.DATABASE_URL }, { log });
    const db = await getDb();
    const host = new URL(env.DATABASE_URL).host;
    return { db, applied, describe: `PostgreSQL at ${host}`, close: () => db.$disconnect() };
  }
  const pglite: PGlite = await openEmbeddedDatabase(env.CORAL_DATA_DIR);
  const { applied } = await deployMigrations({ kind: "pglite", pglite }, { log });
  const db = createPGliteClient(pglite);
  setDb(db);
  return {
    db,
    applied,
    describe: `embedded PostgreSQL (PGlite) in ${env.CORAL_DATA_DIR}/pglite`,
    close: async () => {
      await db.$disconnect();
      await closeEmbeddedDatabase(pglite);
    },
  };
}
