// The agents a workspace sees: the built-in catalogue, with the workspace's
// custom agents (their latest published version) added or overriding by id.
import { builtInAgents } from "@/server/agents/catalogue";
import { ZAgentDefinitionBody, type TAgentDefinition } from "@/server/agents/definition-schema";
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";

export type TWorkspaceAgent = TAgentDefinition & {
  custom: { agentId: string; version: number; forkedFrom: string | null } | null;
};

export async function workspaceAgents(scope: TWorkspaceScope): Promise<TWorkspaceAgent[]> {
  const db = await getDb();
  const custom = await db.customAgent.findMany({
    where: { workspaceId: scope.workspaceId, archivedAt: null, latestVersion: { gt: 0 } },
    select: { id: true, key: true, forkedFrom: true, latestVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, definition: true } } },
  });
  const byId = new Map<string, TWorkspaceAgent>(builtInAgents().map((a) => [a.id, { ...a, custom: null }]));
  for (const agent of custom) {
    const latest = agent.versions[0];
    const parsed = latest ? ZAgentDefinitionBody.safeParse(latest.definition) : null;
    if (!latest || !parsed?.success) continue; // only validated definitions are ever stored
    byId.set(agent.key, {
      ...parsed.data,
      id: agent.key,
      source: "custom",
      custom: { agentId: agent.id, version: latest.version, forkedFrom: agent.forkedFrom },
    });
  }
  return [...byId.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
}

export async function workspaceAgent(scope: TWorkspaceScope, id: string): Promise<TWorkspaceAgent | undefined> {
  return (await workspaceAgents(scope)).find((a) => a.id === id);
}
