// Test databases: a migrated template made once per run, then one copy per
// test file, so files never see each other's rows.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import pg from "pg";
import { deployMigrations } from "@/prisma/migrate/runner";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export type TTestDbKind = "pglite" | "postgres";

function urlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrate a template once; returns what each file needs to copy it. */
export async function prepareTemplate(kind: TTestDbKind): Promise<{ kind: TTestDbKind; template: string }> {
  if (kind === "pglite") {
    const pglite = await PGlite.create({ extensions: { vector } });
    await deployMigrations({ kind: "pglite", pglite });
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    return { kind, template: Buffer.from(await dump.arrayBuffer()).toString("base64") };
  }
  const template = `coral_tpl_${process.pid}_${randomBytes(3).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${template}`);
  await deployMigrations({ kind: "postgres", url: urlFor(template) });
  return { kind, template };
}

export async function dropTemplate(info: { kind: TTestDbKind; template: string }): Promise<void> {
  if (info.kind === "postgres") await adminQuery(`DROP DATABASE IF EXISTS ${info.template} WITH (FORCE)`);
}

export async function openPGliteCopy(templateBase64: string): Promise<PGlite> {
  const blob = new Blob([Buffer.from(templateBase64, "base64")]);
  return PGlite.create({ loadDataDir: blob, extensions: { vector } });
}

export async function createPostgresCopy(template: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `coral_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { url: urlFor(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
