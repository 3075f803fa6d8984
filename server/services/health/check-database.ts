// Readiness: can we run a query against the database right now?
import { getDb, isEmbeddedDatabase } from "@/server/db/client";

export type TDatabaseHealth = { status: "ok" | "down"; kind: "embedded" | "postgres"; latencyMs?: number; error?: string };

export async function checkDatabase(timeoutMs = 3000): Promise<TDatabaseHealth> {
  const kind = isEmbeddedDatabase() ? "embedded" : "postgres";
  const started = performance.now();
  try {
    const db = await getDb();
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: "ok", kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", kind, error: error instanceof Error ? error.message.split("\n")[0] : "unknown error" };
  }
}
