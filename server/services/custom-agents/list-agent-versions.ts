// The version history of a custom agent, newest first.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";

export async function listAgentVersions(scope: TWorkspaceScope, key: string) {
  const db = await getDb();
  const agent = await db.customAgent.findFirst({ where: { workspaceId: scope.workspaceId, key }, select: { id: true } });
  if (!agent) throw notFound("Custom agent");
  return db.agentVersion.findMany({
    where: { workspaceId: scope.workspaceId, agentId: agent.id },
    orderBy: { version: "desc" },
    select: { version: true, note: true, contentHash: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
}
