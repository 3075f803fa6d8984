// One registered MCP server of the workspace, without its secrets; another
// workspace's server is not found.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { getToolPolicy } from "./get-tool-policy";
import { ZToolServerIdInput, type TToolServerIdInput } from "./schemas";
import { toolServerSelect, toToolServer, type TToolServer } from "./tool-views";

export async function getToolServer(scope: TWorkspaceScope, raw: TToolServerIdInput): Promise<TToolServer> {
  const { serverId } = ZToolServerIdInput.parse(raw);
  const db = await getDb();
  const row = await db.toolServer.findFirst({ where: { id: serverId, workspaceId: scope.workspaceId }, select: toolServerSelect });
  if (!row) throw notFound("Tool server");
  return toToolServer(row, (await getToolPolicy(scope)).document);
}
