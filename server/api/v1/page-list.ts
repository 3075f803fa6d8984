// Cursor pages over a short list held in memory (the agent catalogue): the
// same `limit` / `cursor` / `{ data, nextCursor }` contract as the keyset
// lists, with the cursor naming the last item of the previous page.
import type { TPage } from "@/server/services/shared/pagination";
import { ApiProblem } from "../problem";

const encode = (key: string) => Buffer.from(JSON.stringify(["after", key])).toString("base64url");

function decode(cursor: string): string | null {
  try {
    const [tag, key] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    return tag === "after" && typeof key === "string" ? key : null;
  } catch {
    return null;
  }
}

export function pageOfList<T>(items: readonly T[], keyOf: (item: T) => string, input: { limit: number; cursor?: string }): TPage<T> {
  let start = 0;
  if (input.cursor !== undefined) {
    const key = decode(input.cursor);
    const index = key === null ? -1 : items.findIndex((item) => keyOf(item) === key);
    if (index < 0) {
      const message = "This cursor is not valid (or its item is gone); use the nextCursor of a previous page.";
      throw new ApiProblem("invalid-fields", `query.cursor: ${message}`, { errors: [{ field: "query.cursor", message }] });
    }
    start = index + 1;
  }
  const data = items.slice(start, start + input.limit);
  const more = start + input.limit < items.length;
  return { data, nextCursor: more && data.length ? encode(keyOf(data.at(-1)!)) : null };
}
