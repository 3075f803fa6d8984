// The starting point for an agent written from scratch: valid, and clearly
// marked as something to rewrite.
import type { TAgentDefinitionBody } from "@/server/agents/definition-schema";

export function blankDefinition(key: string, name: string): TAgentDefinitionBody {
  return {
    id: key,
    name,
    category: "specialist",
    description: "Describe in one paragraph what this agent does, what it produces and when a workflow should use it.",
    capabilities: ["analysis", "writing", "review"],
    dependencies: [],
    outputs: [{ type: `${key}_report`, name: `${name} report`, format: "markdown" }],
    modelTier: "balanced",
    tools: {},
    nextAgents: [],
    sections: {
      Role: `You are the ${name}. Say what you own and what you hand to other agents.`,
      Expertise: "List the concrete technologies, standards and techniques you are expert in.",
      Methodology: "1. Read the task and every input.\n2. Work step by step.\n3. Check your answer against the task before replying.",
      "System instructions": "State assumptions explicitly. Cite which input each decision comes from. Never invent facts about the project.",
      "Task template": "Task: {{task}}\n\nProject: {{project.name}} — {{project.description}}\nFacts: {{project.facts}}\n\n{{inputs}}\n\n{{handoffs}}\n\n{{memory}}\n\nProduce:\n{{outputs}}",
      "How to use the context": "Upstream deliverables are authoritative; handoffs say what is open; memory holds earlier decisions to respect.",
      "Output format": "A markdown report with Summary, Details, Assumptions and Open questions sections.",
      Handoff: "Summarise what you produced and list the first tasks for the next agent.",
    },
  };
}
