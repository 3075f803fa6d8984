// A workspace's registered MCP servers, by name, without their secrets; their
// tools classified under the current policy's operation overrides.
import { getDb } from "@/server/db/client";
import { pageQuery, toPage, ZPageInput, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { getToolPolicy } from "./get-tool-policy";
import { toolServerSelect, toToolServer, type TToolServer } from "./tool-views";

/** More than any workspace needs; the Tools page shows them on one page. */
const MAX_SERVERS_LISTED = 200;

export async function listToolServers(scope: TWorkspaceScope): Promise<TToolServer[]> {
  const db = await getDb();
  const [rows, policy] = await Promise.all([
    db.toolServer.findMany({ where: { workspaceId: scope.workspaceId }, orderBy: [{ name: "asc" }], take: MAX_SERVERS_LISTED, select: toolServerSelect }),
    getToolPolicy(scope),
  ]);
  return rows.map((row) => toToolServer(row, policy.document));
}

/** The REST API's pages: newest first, like every other list there. */
export async function listToolServersPage(scope: TWorkspaceScope, raw: TPageInput): Promise<TPage<TToolServer>> {
  const page = ZPageInput.parse(raw);
  const db = await getDb();
  const q = pageQuery(page);
  const [rows, policy] = await Promise.all([
    db.toolServer.findMany({ where: { workspaceId: scope.workspaceId, ...q.where }, orderBy: q.orderBy, take: q.take, select: toolServerSelect }),
    getToolPolicy(scope),
  ]);
  return toPage(rows, page.limit, (row) => toToolServer(row, policy.document));
}
