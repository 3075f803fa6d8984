// How validation sees agents: by id and version, with just the metadata the
// workflow rules need (what an agent needs and what it outputs). Built-ins come
// from the catalogue; a workspace passes a lookup that also knows its custom agents.
import { builtInAgent, builtInAgents } from "@/server/agents/catalogue";
import type { TAgentMetadata } from "@/server/agents/definition-schema";
import type { TAgentVersion } from "./definition-schema";

export type TWorkflowAgent = Pick<TAgentMetadata, "id" | "dependencies"> & {
  outputs: Pick<TAgentMetadata["outputs"][number], "type" | "format">[];
};

export type TAgentLookup = {
  /** The agent at that version ("latest" = the current one), or undefined when there is none. */
  agentExists: (id: string, version: TAgentVersion) => TWorkflowAgent | undefined;
  /** Every agent, so messages can suggest one ("add a step that does, e.g. api_designer"). */
  listAgents?: () => TWorkflowAgent[];
};

/** The built-in catalogue. Built-ins are not versioned, so only "latest" exists. */
export function builtInAgentLookup(): TAgentLookup {
  return {
    agentExists: (id, version) => (version === "latest" ? builtInAgent(id) : undefined),
    listAgents: () => builtInAgents(),
  };
}
