// The tool-call log: every call an agent made or was refused, newest first, a
// page at a time; optionally one run's calls only.
import { getDb } from "@/server/db/client";
import { pageQuery, toPage, type TPage } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { ZListToolCallsInput, type TListToolCallsInput } from "./schemas";
import { toolCallSelect, toToolCallRow, type TToolCallRow } from "./tool-views";

export async function listToolCalls(scope: TWorkspaceScope, raw: TListToolCallsInput = {}): Promise<TPage<TToolCallRow>> {
  const input = ZListToolCallsInput.parse(raw);
  const db = await getDb();
  const q = pageQuery(input);
  const rows = await db.toolCall.findMany({
    where: { workspaceId: scope.workspaceId, ...(input.runId ? { runId: input.runId } : {}), ...q.where },
    orderBy: q.orderBy,
    take: q.take,
    select: toolCallSelect,
  });
  return toPage(rows, input.limit, toToolCallRow);
}
