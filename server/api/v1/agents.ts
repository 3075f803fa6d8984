// Agents: the built-in catalogue with the workspace's custom agents (a custom
// agent with a built-in's id replaces it), and one agent in full.
import { z } from "zod";
import { agentCategories, agentSections, modelTiers, toolOperations } from "@/server/agents/definition-schema";
import type { TAgentSummary } from "@/server/services/agents/agent-views";
import { getAgent } from "@/server/services/agents/get-agent";
import { listAgents } from "@/server/services/agents/list-agents";
import { defineEndpoint } from "../endpoint";
import { pageOfList } from "./page-list";
import { pageOf, ZIdParams, ZListQuery } from "./shared-schemas";

const ZApiAgentOutput = z.object({ type: z.string(), name: z.string(), format: z.string() });
const ZAgentLink = z.object({ id: z.string(), name: z.string(), via: z.array(z.string()).describe('Deliverable types passed along, or "handoff".') });

export const ZApiAgent = z.object({
  id: z.string().describe("snake_case; a custom agent's key."),
  name: z.string(),
  category: z.enum(agentCategories),
  description: z.string(),
  capabilities: z.array(z.string()),
  modelTier: z.enum(modelTiers),
  source: z.enum(["builtin", "custom"]),
  custom: z.object({ version: z.number().int().describe("The published version in use."), forkedFrom: z.string().nullable() }).nullable(),
  inputs: z.array(z.string()).describe("Deliverable types it works from."),
  outputs: z.array(ZApiAgentOutput),
  nextAgents: z.array(z.string()),
});

export const ZApiAgentDetail = ZApiAgent.extend({
  outputs: z.array(ZApiAgentOutput.extend({ path: z.string().nullable() })),
  tools: z.record(z.string(), z.array(z.enum(toolOperations))),
  sections: z.record(z.enum(agentSections), z.string()).describe("The markdown body: role, expertise, methodology, instructions, task template, …"),
  upstream: z.array(ZAgentLink),
  downstream: z.array(ZAgentLink),
});

export function toApiAgent(a: TAgentSummary): z.infer<typeof ZApiAgent> {
  return {
    id: a.id,
    name: a.name,
    category: a.category,
    description: a.description,
    capabilities: a.capabilities,
    modelTier: a.modelTier,
    source: a.builtIn ? "builtin" : "custom",
    custom: a.custom ? { version: a.custom.version, forkedFrom: a.custom.forkedFrom } : null,
    inputs: a.inputs,
    outputs: a.outputs,
    nextAgents: a.nextAgents,
  };
}

function toApiAgentDetail(a: Awaited<ReturnType<typeof getAgent>>): z.infer<typeof ZApiAgentDetail> {
  return {
    ...toApiAgent(a),
    outputs: a.outputs.map((o) => ({ type: o.type, name: o.name, format: o.format, path: o.path ?? null })),
    tools: a.tools,
    sections: a.sections,
    upstream: a.upstream,
    downstream: a.downstream,
  };
}

export const agentEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/agents",
    operationId: "listAgents",
    summary: "List the agents this workspace can use: built-in and custom, by category then name",
    tag: "Agents",
    permission: "workspace.read",
    query: ZListQuery,
    response: pageOf(ZApiAgent).describe("The catalogue is a few dozen agents; `limit=100` fetches it in one page."),
    handler: async ({ scope, query }) => {
      const page = pageOfList(await listAgents(scope), (a) => a.id, query);
      return { data: page.data.map(toApiAgent), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/agents/{id}",
    operationId: "getAgent",
    summary: "Read an agent: its definition and who it works with",
    tag: "Agents",
    permission: "workspace.read",
    params: ZIdParams,
    response: ZApiAgentDetail,
    handler: async ({ scope, params }) => toApiAgentDetail(await getAgent(scope, params.id)),
  }),
];
