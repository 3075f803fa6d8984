// Command line for the migration runner (npm run db:migrate,
// npm run db:migration -- <name>):
//   tsx prisma/migrate/cli.ts deploy         apply pending migrations
//   tsx prisma/migrate/cli.ts status         list applied and pending migrations
//   tsx prisma/migrate/cli.ts create <name>  write a migration for schema changes
// deploy/status target PostgreSQL when DATABASE_URL is set, otherwise the
// embedded PGlite database in ${CORAL_DATA_DIR:-.data}/pglite.
//
// Env is read here directly rather than through server/env.ts, which
// validates the whole app's configuration; migrating needs only these two.
import type { PGlite } from "@electric-sql/pglite";
import { openEmbeddedDatabase } from "../../server/db/embedded";
import { createMigration, deployMigrations, migrationStatus, type TDbTarget } from "./runner";

const USAGE = "usage: tsx prisma/migrate/cli.ts deploy | status | create <name>";

function say(line: string): void {
  console.log(`migrate: ${line}`);
}

function envValue(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

// Names host and database only: a connection string may carry a password.
function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.host}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

async function withTarget<T>(work: (target: TDbTarget) => Promise<T>): Promise<T> {
  const url = envValue("DATABASE_URL");
  if (url) {
    say(`target ${describePostgres(url)}`);
    return work({ kind: "postgres", url });
  }
  const dataDir = envValue("CORAL_DATA_DIR") ?? ".data";
  say(`target embedded PGlite in ${dataDir}/pglite`);
  // Creates the folder and takes the same single-process lock the server
  // takes, so a running server's database is never opened twice.
  const pglite: PGlite = await openEmbeddedDatabase(dataDir);
  try {
    return await work({ kind: "pglite", pglite });
  } finally {
    await pglite.close();
  }
}

async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const started = Date.now();
  const done = () => say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (command === "deploy" && rest.length === 0) {
    await withTarget((target) => deployMigrations(target, { log: say }));
    done();
    return 0;
  }

  if (command === "status" && rest.length === 0) {
    const status = await withTarget((target) => migrationStatus(target));
    say(`applied (${status.applied.length}): ${status.applied.join(", ") || "none"}`);
    say(`pending (${status.pending.length}): ${status.pending.join(", ") || "none"}`);
    if (status.failed.length > 0) say(`FAILED, blocks deploy until resolved: ${status.failed.join(", ")}`);
    if (status.edited.length > 0) say(`edited after being applied: ${status.edited.join(", ")}`);
    if (status.missingFromFolder.length > 0) {
      say(`applied but missing from the folder: ${status.missingFromFolder.join(", ")}`);
    }
    return 0;
  }

  if (command === "create" && rest.length === 1 && rest[0]) {
    await createMigration(rest[0], { log: say });
    done();
    return 0;
  }

  console.error(USAGE);
  return 1;
}

// Exit explicitly: the engine's WASM runtime and database drivers may leave
// handles behind, and a migration command must not hang a deploy script.
run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Engine messages span several lines; one line reads better in CI logs.
    const oneLine = message
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .join(" — ");
    console.error(`migrate: error: ${oneLine}`);
    process.exit(1);
  },
);
