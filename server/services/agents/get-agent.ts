// One agent with its full definition and its place in the hand-off graph.
import { builtInAgent, builtInAgents } from "@/server/agents/catalogue";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { neighbours, toSummary } from "./agent-views";

export async function getAgent(_scope: TWorkspaceScope, agentId: string) {
  const agent = builtInAgent(agentId);
  if (!agent) throw notFound("Agent");
  return {
    ...toSummary(agent),
    outputs: agent.outputs,
    tools: agent.tools,
    sections: agent.sections,
    ...neighbours(agent, builtInAgents()),
  };
}
