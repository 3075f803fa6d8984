// Embedded PostgreSQL (PGlite with pgvector) in a data folder. PGlite allows
// one process per folder, so we hold a pid lock file and refuse, with a clear
// instruction, when another live process (usually the running server) holds it.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { AppError } from "@/server/errors/app-error";

export function embeddedDatabaseDir(dataDir: string): string {
  return path.resolve(dataDir, "pglite");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(dir: string): () => void {
  const lockFile = path.join(dir, ".coral-owner.pid");
  const existing = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8").trim()) : NaN;
  if (Number.isInteger(existing) && existing !== process.pid && isAlive(existing)) {
    throw new AppError(
      "UNAVAILABLE",
      `The embedded database in ${dir} is in use by another process (pid ${existing}), usually the running server. ` +
        `Stop it first, or set DATABASE_URL to a shared PostgreSQL so several processes can use it.`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once("exit", release);
  return release;
}

const releases = new WeakMap<PGlite, () => void>();

export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  const dir = embeddedDatabaseDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  const pglite = new PGlite(dir, { extensions: { vector } });
  await pglite.waitReady;
  releases.set(pglite, release);
  return pglite;
}

/** Close the embedded database and let another process open the folder. */
export async function closeEmbeddedDatabase(pglite: PGlite): Promise<void> {
  await pglite.close();
  releases.get(pglite)?.();
}

export function openMemoryDatabase(): Promise<PGlite> {
  return PGlite.create({ extensions: { vector } });
}
