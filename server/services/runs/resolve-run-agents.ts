// The agents a workflow's steps name, resolved for one workspace: built-ins,
// the workspace's custom agents (latest, or a pinned published version), as
// the lookup workflow validation needs and as the snapshot a run keeps.
import type { TAgentDefinitionBody } from "@/server/agents/definition-schema";
import { getDb } from "@/server/db/client";
import type { TAgentLookup } from "@/server/workflows/definition/agent-lookup";
import type { TAgentVersion, TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { ZAgentDefinitionBody } from "@/server/agents/definition-schema";
import { workspaceAgents } from "../custom-agents/workspace-agents";
import type { TWorkspaceScope } from "../shared/scope";

export type TResolvedAgent = { version: number | null; definition: TAgentDefinitionBody };

function toBody(agent: TAgentDefinitionBody & Record<string, unknown>): TAgentDefinitionBody {
  const { id, name, category, description, capabilities, dependencies, outputs, modelTier, tools, nextAgents, sections } = agent;
  return { id, name, category, description, capabilities, dependencies, outputs, modelTier, tools, nextAgents, sections };
}

export async function workspaceAgentResolver(scope: TWorkspaceScope, definition: unknown) {
  const latest = new Map((await workspaceAgents(scope)).map((a) => [a.id, a]));
  // Pinned versions of custom agents, fetched up front so the lookup can stay synchronous.
  const steps = (definition as Partial<TWorkflowDefinition>)?.steps ?? [];
  const pins = steps.flatMap((s) => ("agent" in s && typeof s.agentVersion === "number" ? [{ key: s.agent, version: s.agentVersion }] : []));
  const db = await getDb();
  const pinnedRows = pins.length
    ? await db.agentVersion.findMany({
        where: { workspaceId: scope.workspaceId, OR: pins.map((p) => ({ version: p.version, agent: { key: p.key, workspaceId: scope.workspaceId } })) },
        select: { version: true, definition: true, agent: { select: { key: true } } },
      })
    : [];
  const pinned = new Map(pinnedRows.map((r) => [`${r.agent.key}@${r.version}`, ZAgentDefinitionBody.parse(r.definition)]));

  const resolve = (id: string, version: TAgentVersion): TResolvedAgent | undefined => {
    if (version === "latest") {
      const agent = latest.get(id);
      return agent ? { version: agent.custom?.version ?? null, definition: toBody(agent) } : undefined;
    }
    const body = pinned.get(`${id}@${version}`);
    return body ? { version, definition: body } : undefined;
  };
  const lookup: TAgentLookup = {
    agentExists: (id, version) => resolve(id, version)?.definition,
    listAgents: () => [...latest.values()],
  };
  return { resolve, lookup };
}
