// Checks a policy document against the workspace's registry before it is
// saved: every server it names must be registered, every tool it names must be
// in that server's last fetched tool list (when there is one), and path limits
// only go on servers that act on the run's working copy (elsewhere they would
// refuse every call). Each problem names where it is, as "document.…".
import type { TToolDescriptor } from "@/server/tools/mcp/types";
import type { TAgentRule, TToolPolicy } from "@/server/tools/policy/policy-schema";

export type TRegisteredServer = { name: string; tools: TToolDescriptor[] | null; sandboxed: boolean };

const listed = (names: string[], max = 8) => (names.length > max ? `${names.slice(0, max).join(", ")}, …` : names.join(", "));

function ruleSources(document: TToolPolicy): { at: string; rule: TAgentRule }[] {
  return [
    ...Object.entries(document.agents).map(([agent, rule]) => ({ at: `document.agents.${agent}`, rule })),
    ...Object.entries(document.steps).map(([step, rule]) => ({ at: `document.steps.${step}`, rule })),
  ];
}

export function checkPolicyAgainstRegistry(document: TToolPolicy, servers: TRegisteredServer[]): string[] {
  const byName = new Map(servers.map((s) => [s.name, s]));
  const known = servers.length ? `registered: ${listed(servers.map((s) => s.name))}` : "none is registered yet";
  const problems: string[] = [];

  const unknownServer = (at: string, name: string) => `${at}: There is no tool server "${name}" in this workspace (${known}). Add it under Tools → Servers first.`;
  const unknownTool = (at: string, server: TRegisteredServer, tool: string) =>
    `${at}: "${server.name}" has no tool "${tool}" (its tools at the last connection test: ${listed(server.tools!.map((t) => t.name)) || "none"}). Test the connection again if the server changed.`;
  const hasTool = (server: TRegisteredServer, tool: string) => server.tools === null || server.tools.some((t) => t.name === tool);

  for (const { at, rule } of ruleSources(document)) {
    for (const [serverName, serverRule] of Object.entries(rule.servers)) {
      const server = byName.get(serverName);
      if (!server) {
        problems.push(unknownServer(`${at}.servers.${serverName}`, serverName));
        continue;
      }
      for (const [toolName, toolRule] of Object.entries(serverRule.tools)) {
        const toolAt = `${at}.servers.${serverName}.tools.${toolName}`;
        if (toolName !== "*" && !hasTool(server, toolName)) problems.push(unknownTool(toolAt, server, toolName));
        if (toolRule.paths && !server.sandboxed) {
          problems.push(`${toolAt}.paths: "${serverName}" does not work on the run's files, so path limits can't be checked and every call would be refused. Remove the paths.`);
        }
      }
    }
  }
  for (const [serverName, overrides] of Object.entries(document.operationOverrides)) {
    const server = byName.get(serverName);
    if (!server) {
      problems.push(unknownServer(`document.operationOverrides.${serverName}`, serverName));
      continue;
    }
    for (const toolName of Object.keys(overrides)) {
      if (!hasTool(server, toolName)) problems.push(unknownTool(`document.operationOverrides.${serverName}.${toolName}`, server, toolName));
    }
  }
  return problems;
}

/** Where the document names a server, e.g. ["agents.*", "steps.review"]; empty when it does not. */
export function policyMentions(document: TToolPolicy, serverName: string): string[] {
  const mentions = ruleSources(document)
    .filter(({ rule }) => Object.hasOwn(rule.servers, serverName))
    .map(({ at }) => at.replace(/^document\./, ""));
  if (Object.hasOwn(document.operationOverrides, serverName)) mentions.push("operationOverrides");
  return mentions;
}
