// How agent metadata reads in the UI: category and model-tier labels, the tier
// colours (tinted, one hue each, readable in both themes), and the sample task
// the prompt preview starts from.
import type { TAgentSummary } from "@/server/services/agents/agent-views";

export type TAgentCategory = TAgentSummary["category"];
export type TModelTier = TAgentSummary["modelTier"];

export const categoryOrder: TAgentCategory[] = ["core", "specialist", "assessment"];

/** Singular, for a badge on one agent. */
export const categoryLabels: Record<TAgentCategory, string> = {
  core: "Core",
  specialist: "Specialist",
  assessment: "Assessment",
};

/** Plural, for tabs and section headings. */
export const categoryTitles: Record<TAgentCategory, string> = {
  core: "Core",
  specialist: "Specialists",
  assessment: "Assessment",
};

export const categoryDescriptions: Record<TAgentCategory, string> = {
  core: "Plan the project and write the documents every other agent builds on.",
  specialist: "Design, build, secure and ship one part of the system each.",
  assessment: "Review what was produced and say what must change before it ships.",
};

export const tierLabels: Record<TModelTier, string> = { fast: "Fast", balanced: "Balanced", deep: "Deep" };

export const tierDescriptions: Record<TModelTier, string> = {
  fast: "Runs on a fast, inexpensive model",
  balanced: "Runs on a balanced model (quality and cost)",
  deep: "Runs on the most capable model, for deep reasoning",
};

// Full class strings so Tailwind generates them; hues kept clear of the status colours.
export const tierClassNames: Record<TModelTier, string> = {
  fast: "border-cyan-500/25 bg-cyan-500/10 text-cyan-700 dark:text-cyan-300",
  balanced: "border-indigo-500/25 bg-indigo-500/10 text-indigo-700 dark:text-indigo-300",
  deep: "border-fuchsia-500/25 bg-fuchsia-500/10 text-fuchsia-700 dark:text-fuchsia-300",
};

/** "API specification (OpenAPI 3.1)" stays as is; "Backend tests" → "backend tests". */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "deliverables";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** A realistic task for the agent's kind of work, naming what it is expected to produce. */
export function sampleTask(agent: Pick<TAgentSummary, "category" | "outputs">): string {
  const produce = joinNames(agent.outputs.map((o) => lowerFirst(o.name)));
  switch (agent.category) {
    case "core":
      return `Write the ${produce} for a multi-tenant task manager for small teams: projects, tasks with assignees and due dates, comments, and email reminders. Web first; a mobile app may follow.`;
    case "assessment":
      return `Assess the first release of the task manager (projects, tasks with assignees and due dates, comments) and write the ${produce}. Lead with anything that should block the launch and say exactly what to change.`;
    default:
      return `Produce the ${produce} for the first release of the task manager: projects, tasks with assignees and due dates, and comments. Teams have up to 50 members.`;
  }
}
