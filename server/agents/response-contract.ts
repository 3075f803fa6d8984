// The machine-readable answer every agent gives, appended to each system
// prompt from the agent's declared outputs, so definitions never repeat it and
// the workflow engine can parse deliverables and the handoff reliably.
import type { TAgentMetadata } from "./definition-schema";

export function responseContract(agent: Pick<TAgentMetadata, "outputs" | "nextAgents">): string {
  const blocks = agent.outputs
    .map((o) => `<deliverable type="${o.type}" format="${o.format}"${o.path ? ` path="${o.path}"` : ""}>\n…the ${o.name.toLowerCase()}…\n</deliverable>`)
    .join("\n");
  const to = agent.nextAgents.length ? agent.nextAgents.join(", ") : "none (say so)";
  return [
    "# Response format (required)",
    "Answer with exactly these blocks and nothing outside them:",
    "",
    blocks,
    `<handoff to="${agent.nextAgents[0] ?? ""}">`,
    "summary: two or three sentences on what you produced and what is still open",
    "next_tasks:",
    "  - a concrete first task for the next agent",
    "</handoff>",
    "",
    `One <deliverable> block per declared output, in this order, each complete (no "see above", no placeholders). ` +
      `The handoff goes to one of: ${to}. Write one <handoff> block per next agent that should act.`,
  ].join("\n");
}
