// Edits to a tool-policy draft, as pure functions the policy editor calls: each
// returns a new document and leaves no empty husks behind (a server with no
// tools, an agent with no servers and no limits), so a saved document only
// says what it allows.
import { stableStringify } from "@/server/shared/stable-json";
import type { TAgentRule, TToolLimits, TToolPolicy, TToolRule } from "@/server/tools/policy/policy-schema";

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function agentRuleOf(doc: TToolPolicy, agent: string): TAgentRule | undefined {
  return own(doc.agents, agent);
}

export function toolRuleOf(doc: TToolPolicy, agent: string, server: string, tool: string): TToolRule | undefined {
  const serverRule = own(agentRuleOf(doc, agent)?.servers ?? {}, server);
  return serverRule ? own(serverRule.tools, tool) : undefined;
}

/** The tool names an agent's rule allows on a server ("*" included), in the order they were added. */
export function allowedTools(doc: TToolPolicy, agent: string, server: string): string[] {
  return Object.keys(own(agentRuleOf(doc, agent)?.servers ?? {}, server)?.tools ?? {});
}

function withAgent(doc: TToolPolicy, agent: string, rule: TAgentRule | null): TToolPolicy {
  const agents = { ...doc.agents };
  if (rule && (Object.keys(rule.servers).length > 0 || rule.limits)) agents[agent] = rule;
  else delete agents[agent];
  return { ...doc, agents };
}

/** Allow a tool with this rule, or (null) stop allowing it. */
export function setToolRule(doc: TToolPolicy, agent: string, server: string, tool: string, rule: TToolRule | null): TToolPolicy {
  const current = agentRuleOf(doc, agent) ?? { servers: {} };
  const tools = { ...(own(current.servers, server)?.tools ?? {}) };
  if (rule) tools[tool] = rule;
  else delete tools[tool];
  const servers = { ...current.servers };
  if (Object.keys(tools).length > 0) servers[server] = { tools };
  else delete servers[server];
  return withAgent(doc, agent, { ...current, servers });
}

/** Change part of an allowed tool's rule; optional fields set to undefined are left out. */
export function patchToolRule(doc: TToolPolicy, agent: string, server: string, tool: string, patch: Partial<TToolRule>): TToolPolicy {
  const current = toolRuleOf(doc, agent, server, tool);
  if (!current) return doc;
  const next: TToolRule = { ...current, ...patch };
  for (const key of Object.keys(next) as (keyof TToolRule)[]) if (next[key] === undefined) delete next[key];
  return setToolRule(doc, agent, server, tool, next);
}

/** Per-step limits for an agent; undefined goes back to the defaults. */
export function setAgentLimits(doc: TToolPolicy, agent: string, limits: TToolLimits | undefined): TToolPolicy {
  const current = agentRuleOf(doc, agent) ?? { servers: {} };
  const { limits: _old, ...rest } = current;
  return withAgent(doc, agent, limits ? { ...rest, limits } : rest);
}

/** Glob text as typed (one per line, or comma separated) → the list; empty → undefined (anywhere in the sandbox). */
export function parseGlobs(text: string): string[] | undefined {
  const globs = text
    .split(/[\n,]/)
    .map((g) => g.trim())
    .filter(Boolean);
  return globs.length ? [...new Set(globs)] : undefined;
}

export function sameDocument(a: TToolPolicy, b: TToolPolicy): boolean {
  return stableStringify(a) === stableStringify(b);
}
