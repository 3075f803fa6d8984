// How agents are shown to people: summaries for the catalogue and a detail view
// with who feeds an agent and whom it hands off to.
import type { TAgentDefinition } from "@/server/agents/definition-schema";
import type { TWorkspaceAgent } from "../custom-agents/workspace-agents";

export type TAgentSummary = Pick<TAgentDefinition, "id" | "name" | "category" | "description" | "capabilities" | "modelTier"> & {
  inputs: string[];
  outputs: { type: string; name: string; format: string }[];
  nextAgents: string[];
  builtIn: boolean;
  custom: TWorkspaceAgent["custom"];
};

export function toSummary(agent: TWorkspaceAgent): TAgentSummary {
  return {
    id: agent.id,
    name: agent.name,
    category: agent.category,
    description: agent.description,
    capabilities: agent.capabilities,
    modelTier: agent.modelTier,
    inputs: agent.dependencies,
    outputs: agent.outputs.map(({ type, name, format }) => ({ type, name, format })),
    nextAgents: agent.nextAgents,
    builtIn: agent.custom === null,
    custom: agent.custom,
  };
}

export type TAgentLink = { id: string; name: string; via: string[] };

/** Agents that produce what this one needs or hand off to it (upstream), and those it hands off to (downstream). */
export function neighbours(agent: TAgentDefinition, all: TAgentDefinition[]): { upstream: TAgentLink[]; downstream: TAgentLink[] } {
  const upstream = all
    .filter((other) => other.id !== agent.id)
    .map((other) => {
      const via = other.outputs.filter((o) => agent.dependencies.includes(o.type)).map((o) => o.type);
      if (other.nextAgents.includes(agent.id) && via.length === 0) via.push("handoff");
      return { id: other.id, name: other.name, via };
    })
    .filter((link) => link.via.length > 0);
  const downstream = agent.nextAgents
    .map((id) => all.find((a) => a.id === id))
    .filter((a): a is TAgentDefinition => Boolean(a))
    .map((next) => ({ id: next.id, name: next.name, via: agent.outputs.filter((o) => next.dependencies.includes(o.type)).map((o) => o.type) }));
  return { upstream, downstream };
}
