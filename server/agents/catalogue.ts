// The built-in agent catalogue: every definition file under
// server/agents/definitions, parsed, validated and cross-checked once per
// process. A bad file stops start-up (and the tests) naming file and field.
import fs from "node:fs";
import path from "node:path";
import type { TAgentDefinition } from "./definition-schema";
import { AgentDefinitionError, parseAgentDefinition } from "./parse-definition";

export const DEFINITIONS_DIR = path.join(process.cwd(), "server", "agents", "definitions");

/** Cross-file rules: unique ids, folder = category, inputs someone produces, real next agents. */
export function checkCatalogue(agents: TAgentDefinition[]): void {
  const ids = new Map<string, string>();
  for (const agent of agents) {
    const previous = ids.get(agent.id);
    if (previous) throw new AgentDefinitionError(agent.source, "id", `"${agent.id}" is also used by ${previous}`);
    ids.set(agent.id, agent.source);
  }
  const produced = new Set(agents.flatMap((a) => a.outputs.map((o) => o.type)));
  for (const agent of agents) {
    const folder = path.basename(path.dirname(agent.source));
    if (agent.source.endsWith(".md") && folder !== agent.category) {
      throw new AgentDefinitionError(agent.source, "category", `is "${agent.category}" but the file is in ${folder}/`);
    }
    if (agent.source.endsWith(".md") && path.basename(agent.source, ".md") !== agent.id) {
      throw new AgentDefinitionError(agent.source, "id", `"${agent.id}" does not match the file name`);
    }
    agent.dependencies.forEach((dep, i) => {
      if (!produced.has(dep)) throw new AgentDefinitionError(agent.source, `dependencies.${i}`, `no agent outputs "${dep}"`);
    });
    agent.nextAgents.forEach((next, i) => {
      if (!ids.has(next)) throw new AgentDefinitionError(agent.source, `nextAgents.${i}`, `no agent with id "${next}"`);
    });
  }
}

export function loadCatalogueFrom(dir: string): TAgentDefinition[] {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith(".md") && f.name !== "README.md")
    .map((f) => path.join(f.parentPath, f.name))
    .sort();
  const agents = files.map((file) => parseAgentDefinition(fs.readFileSync(file, "utf8"), path.relative(process.cwd(), file)));
  checkCatalogue(agents);
  return agents.sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
}

let cached: { agents: TAgentDefinition[]; byId: Map<string, TAgentDefinition> } | undefined;

export function builtInAgents(): TAgentDefinition[] {
  cached ??= (() => {
    const agents = loadCatalogueFrom(DEFINITIONS_DIR);
    return { agents, byId: new Map(agents.map((a) => [a.id, a])) };
  })();
  return cached.agents;
}

export function builtInAgent(id: string): TAgentDefinition | undefined {
  builtInAgents();
  return cached!.byId.get(id);
}
