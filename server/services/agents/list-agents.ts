// The agents a workspace can use. Today the built-in catalogue; custom agents
// of the workspace join this list when they land (issue: agent catalogue).
import { builtInAgents } from "@/server/agents/catalogue";
import type { TWorkspaceScope } from "../shared/scope";
import { toSummary, type TAgentSummary } from "./agent-views";

export async function listAgents(_scope: TWorkspaceScope): Promise<TAgentSummary[]> {
  return builtInAgents().map(toSummary);
}
