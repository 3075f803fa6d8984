// The shape of an agent definition: YAML front matter (metadata) plus a
// markdown body with fixed sections. Built-in agents live one per file under
// server/agents/definitions/<category>/<id>.md; custom agents use the same shape.
import { z } from "zod";

export const agentCategories = ["core", "specialist", "assessment"] as const;
export const modelTiers = ["fast", "balanced", "deep"] as const;
export const toolOperations = ["read", "write", "execute"] as const;
export const deliverableFormats = ["markdown", "yaml", "json", "sql", "mermaid", "typescript", "text"] as const;

/** Body sections every agent has, in this order. */
export const agentSections = [
  "Role",
  "Expertise",
  "Methodology",
  "System instructions",
  "Task template",
  "How to use the context",
  "Output format",
  "Handoff",
] as const;
export type TAgentSection = (typeof agentSections)[number];

/** Placeholders the prompt renderer fills in a task template. */
export const templatePlaceholders = [
  "task",
  "project.name",
  "project.description",
  "project.facts",
  "project.repository",
  "workspace.name",
  "agent.name",
  "inputs",
  "handoffs",
  "memory",
  "outputs",
] as const;

const ZSnakeId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "use snake_case, e.g. backend_developer");

export const ZAgentOutput = z.object({
  type: ZSnakeId,
  name: z.string().min(3),
  format: z.enum(deliverableFormats),
  /** Suggested path of the deliverable in the project, e.g. docs/api/openapi.yaml */
  path: z.string().min(1).optional(),
});

export const ZAgentMetadata = z
  .object({
    id: ZSnakeId,
    name: z.string().min(3).max(60),
    category: z.enum(agentCategories),
    description: z.string().min(40, "write a real one-paragraph description").max(400),
    capabilities: z.array(z.string().min(2)).min(3),
    dependencies: z.array(ZSnakeId),
    outputs: z.array(ZAgentOutput).min(1),
    modelTier: z.enum(modelTiers),
    tools: z.record(z.string().min(1), z.array(z.enum(toolOperations)).min(1)).default({}),
    nextAgents: z.array(ZSnakeId),
  })
  .strict();
export type TAgentMetadata = z.infer<typeof ZAgentMetadata>;

export type TAgentDefinition = TAgentMetadata & {
  sections: Record<TAgentSection, string>;
  /** Where it came from: a file path for built-ins, "custom" otherwise. */
  source: string;
};

/** A definition as data (custom agents): metadata plus the eight sections. */
export const ZAgentDefinitionBody = ZAgentMetadata.extend({
  sections: z.object(
    Object.fromEntries(agentSections.map((name) => [name, z.string().trim().min(20, "is empty or a stub").max(40_000)])) as Record<
      TAgentSection,
      z.ZodString
    >,
  ),
});
export type TAgentDefinitionBody = z.infer<typeof ZAgentDefinitionBody>;
