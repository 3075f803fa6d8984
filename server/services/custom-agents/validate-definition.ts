// Validate a custom agent's definition against the same rules as the built-in
// files, plus references to agents and deliverables the workspace has.
import { checkPlaceholders, AgentDefinitionError } from "@/server/agents/parse-definition";
import type { TAgentDefinitionBody } from "@/server/agents/definition-schema";
import { AppError } from "@/server/errors/app-error";
import type { TWorkspaceAgent } from "./workspace-agents";

export function validateCustomDefinition(definition: TAgentDefinitionBody, others: TWorkspaceAgent[]): void {
  try {
    checkPlaceholders(definition.sections, definition.id);
    const ids = new Set([...others.map((a) => a.id), definition.id]);
    const produced = new Set([...others.flatMap((a) => a.outputs.map((o) => o.type)), ...definition.outputs.map((o) => o.type)]);
    definition.dependencies.forEach((dep, i) => {
      if (!produced.has(dep)) throw new AgentDefinitionError(definition.id, `dependencies.${i}`, `no agent outputs "${dep}"`);
    });
    definition.nextAgents.forEach((next, i) => {
      if (!ids.has(next)) throw new AgentDefinitionError(definition.id, `nextAgents.${i}`, `no agent with id "${next}"`);
    });
  } catch (error) {
    if (error instanceof AgentDefinitionError) {
      throw new AppError("INVALID_INPUT", error.message.replace(`${definition.id}: `, ""), { field: error.field });
    }
    throw error;
  }
}
