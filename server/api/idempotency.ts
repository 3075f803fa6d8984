// Idempotency-Key on POST: the first response to a key is stored for 24 hours
// and replayed for a retry with the same request; the same key with another
// request is refused (422), and a retry while the first is still being
// handled gets 409. Keys are per workspace.
import { getDb } from "@/server/db/client";
import { isUniqueViolation } from "@/server/errors/app-error";
import { sha256 } from "@/server/services/shared/tokens";
import type { TApiCaller } from "./endpoint";
import { ApiProblem } from "./problem";

const TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

export type TIdempotencyStart = { kind: "replay"; status: number; body: unknown } | { kind: "fresh"; recordId: string };

export async function beginIdempotent(caller: TApiCaller, key: string, request: { method: string; path: string; raw: string }): Promise<TIdempotencyStart> {
  if (!KEY.test(key)) throw new ApiProblem("malformed-request", "Idempotency-Key must be 1–255 visible ASCII characters.");
  const db = await getDb();
  const requestHash = sha256(`${request.method} ${request.path}\n${request.raw}`);
  const where = { workspaceId_key: { workspaceId: caller.workspaceId, key } };
  for (let tries = 0; tries < 2; tries++) {
    const existing = await db.apiIdempotencyKey.findUnique({ where });
    if (existing && existing.expiresAt.getTime() <= Date.now()) {
      await db.apiIdempotencyKey.deleteMany({ where: { id: existing.id } });
    } else if (existing) {
      if (existing.requestHash !== requestHash) {
        throw new ApiProblem("idempotency-key-reused", `This Idempotency-Key was first used for a different request (${existing.method} ${existing.path} with another body). Use a new key for a new request.`);
      }
      if (existing.state !== "completed") throw new ApiProblem("conflict", "A request with this Idempotency-Key is still being processed. Retry in a moment.");
      return { kind: "replay", status: existing.status ?? 200, body: existing.responseBody };
    }
    try {
      const row = await db.apiIdempotencyKey.create({
        data: { workspaceId: caller.workspaceId, apiKeyId: caller.keyId, key, method: request.method, path: request.path, requestHash, expiresAt: new Date(Date.now() + TTL_MS) },
        select: { id: true },
      });
      return { kind: "fresh", recordId: row.id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another request with this key got in first: read what it stored.
    }
  }
  throw new ApiProblem("conflict", "A request with this Idempotency-Key is still being processed. Retry in a moment.");
}

export async function completeIdempotent(recordId: string, status: number, body: unknown): Promise<void> {
  const db = await getDb();
  await db.apiIdempotencyKey.updateMany({ where: { id: recordId }, data: { state: "completed", status, responseBody: (body ?? null) as never } });
}

/** The request failed on our side: forget the key so a retry does the work. */
export async function abandonIdempotent(recordId: string): Promise<void> {
  const db = await getDb();
  await db.apiIdempotencyKey.deleteMany({ where: { id: recordId } });
}
