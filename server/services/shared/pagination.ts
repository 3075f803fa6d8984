// Keyset pagination for lists: newest first by (createdAt, id), with an
// opaque cursor naming the last row of the previous page. Stable under
// inserts, and one indexed range scan per page however deep.
import { z } from "zod";
import { AppError } from "@/server/errors/app-error";

export const ZPageInput = z.object({
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(20).describe("Page size, at most 100."),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page."),
});
export type TPageInput = z.input<typeof ZPageInput>;

export type TPage<T> = { data: T[]; nextCursor: string | null };

type TCursor = { at: Date; id: string };

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string): TCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    // Only what encodeCursor writes: a forged id or date the database cannot compare is a bad cursor, not a failed query.
    if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) throw new Error("bad cursor");
    return { at: date, id };
  } catch {
    throw new AppError("INVALID_INPUT", "cursor: This cursor is not valid; use the nextCursor of a previous page.");
  }
}

/** Prisma `where`, `orderBy` and `take` for one page (one extra row tells whether more follow). */
export function pageQuery(input: { limit: number; cursor?: string }) {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  return {
    where: after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: input.limit + 1,
  };
}

export function toPage<R extends { createdAt: Date; id: string }, T>(rows: R[], limit: number, map: (row: R) => T): TPage<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { data: kept.map(map), nextCursor: more ? encodeCursor(kept[kept.length - 1]!) : null };
}
