// Finds the rule that governs one call. A step rule, when the step has one,
// replaces the agent rules outright. Otherwise the most specific rule wins:
// (agent, tool) > (agent, "*") > ("*" agent, tool) > ("*" agent, "*").
import { resolveLimits, type TAgentRule, type TToolLimits, type TToolPolicy, type TToolRule } from "./policy-schema";

export type TSelectedRule = {
  /** The deciding rule and where it sits, e.g. "agents.*.servers.filesystem.tools.read_file"; null: no rule allows the tool. */
  rule: TToolRule | null;
  label: string | null;
  /** The tool names the same sources allow on this server ("*" shown as "any tool"), for a denial the model can act on. */
  allowedTools: string[];
  limits: TToolLimits;
  /** Whether a step rule was in force. */
  fromStep: boolean;
};

type TSource = { label: string; rule: TAgentRule };

/** A record's own entry: ids like "constructor" or "__proto__" must not reach Object.prototype. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function sourcesFor(policy: TToolPolicy, agentId: string, stepId: string | null | undefined): { sources: TSource[]; fromStep: boolean } {
  const stepRule = stepId ? own(policy.steps, stepId) : undefined;
  if (stepId && stepRule) return { sources: [{ label: `steps.${stepId}`, rule: stepRule }], fromStep: true };
  const sources: TSource[] = [];
  const agentRule = agentId !== "*" ? own(policy.agents, agentId) : undefined;
  if (agentRule) sources.push({ label: `agents.${agentId}`, rule: agentRule });
  const everyone = own(policy.agents, "*");
  if (everyone) sources.push({ label: "agents.*", rule: everyone });
  return { sources, fromStep: false };
}

export function selectRule(policy: TToolPolicy, agentId: string, stepId: string | null | undefined, serverName: string, toolName: string): TSelectedRule {
  const { sources, fromStep } = sourcesFor(policy, agentId, stepId);
  const limits = resolveLimits(sources.find((s) => s.rule.limits)?.rule.limits);
  const allowed = new Set<string>();
  for (const source of sources) for (const name of Object.keys(own(source.rule.servers, serverName)?.tools ?? {})) allowed.add(name === "*" ? "any tool" : name);
  const allowedTools = [...allowed].sort();

  for (const source of sources) {
    const tools = own(source.rule.servers, serverName)?.tools;
    if (!tools) continue;
    for (const key of [toolName, "*"]) {
      const rule = own(tools, key);
      if (rule) return { rule, label: `${source.label}.servers.${serverName}.tools.${key}`, allowedTools, limits, fromStep };
    }
  }
  return { rule: null, label: null, allowedTools, limits, fromStep };
}
