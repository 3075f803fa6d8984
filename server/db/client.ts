// The Prisma client for the process: PostgreSQL through @prisma/adapter-pg when
// DATABASE_URL is set, otherwise the embedded PGlite database under CORAL_DATA_DIR.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/server/env";
import { PrismaClient } from "./generated/client.ts";
import { openEmbeddedDatabase } from "./embedded";

export type TDb = InstanceType<typeof PrismaClient>;

// Under load a transaction waits for a connection (or, on PGlite, its turn)
// rather than failing after Prisma's default 2 s: a burst of webhooks or run
// steps should queue, not answer 500.
const transactionOptions = { maxWait: 15_000, timeout: 20_000 };

export function createPostgresClient(url: string): TDb {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions });
}

export function createPGliteClient(pglite: PGlite): TDb {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
}

type TDbHolder = { client?: TDb; pending?: Promise<TDb> };
const holder = ((globalThis as { __coralDb?: TDbHolder }).__coralDb ??= {});

async function connect(): Promise<TDb> {
  if (env.DATABASE_URL) return createPostgresClient(env.DATABASE_URL);
  return createPGliteClient(await openEmbeddedDatabase(env.CORAL_DATA_DIR));
}

/** The process-wide client, opened on first use. */
export async function getDb(): Promise<TDb> {
  if (holder.client) return holder.client;
  holder.pending ??= connect().then((client) => (holder.client = client));
  return holder.pending;
}

/** Tests and tools that open their own database install it here. */
export function setDb(client: TDb): void {
  holder.client = client;
  holder.pending = Promise.resolve(client);
}

export function isEmbeddedDatabase(): boolean {
  return !env.DATABASE_URL;
}
