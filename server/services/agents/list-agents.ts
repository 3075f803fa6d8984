// The agents a workspace can use: built-ins plus its custom agents.
import { workspaceAgents } from "../custom-agents/workspace-agents";
import type { TWorkspaceScope } from "../shared/scope";
import { toSummary, type TAgentSummary } from "./agent-views";

export async function listAgents(scope: TWorkspaceScope): Promise<TAgentSummary[]> {
  return (await workspaceAgents(scope)).map(toSummary);
}
