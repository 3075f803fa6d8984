// Catalogue filtering: free-text search over name, description and
// capabilities, an optional capability, and the category tab.
import type { TAgentSummary } from "@/server/services/agents/agent-views";

import type { TAgentCategory } from "./agent-meta";

export type TAgentFilters = { query: string; capability: string | null };
export type TCategoryTab = "all" | TAgentCategory;

export function matchesAgent(agent: TAgentSummary, { query, capability }: TAgentFilters): boolean {
  if (capability && !agent.capabilities.includes(capability)) return false;
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // Capabilities are kebab-case ("input-validation"); let "input validation" find them too.
  const haystack = [agent.name, agent.description, ...agent.capabilities, ...agent.capabilities.map((c) => c.replaceAll("-", " "))]
    .join("\n")
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Every capability across the agents, once each, alphabetically. */
export function allCapabilities(agents: TAgentSummary[]): string[] {
  return [...new Set(agents.flatMap((agent) => agent.capabilities))].sort((a, b) => a.localeCompare(b));
}

export function parseCategoryTab(value: string | null | undefined): TCategoryTab {
  return value === "core" || value === "specialist" || value === "assessment" ? value : "all";
}
