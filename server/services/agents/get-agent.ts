// One agent with its full definition and its place in the hand-off graph.
import { notFound } from "@/server/errors/app-error";
import { workspaceAgents } from "../custom-agents/workspace-agents";
import type { TWorkspaceScope } from "../shared/scope";
import { neighbours, toSummary } from "./agent-views";

export async function getAgent(scope: TWorkspaceScope, agentId: string) {
  const all = await workspaceAgents(scope);
  const agent = all.find((a) => a.id === agentId);
  if (!agent) throw notFound("Agent");
  return {
    ...toSummary(agent),
    outputs: agent.outputs,
    tools: agent.tools,
    dependencies: agent.dependencies,
    sections: agent.sections,
    ...neighbours(agent, all),
  };
}
