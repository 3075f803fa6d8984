// The built-in workflow templates, with their steps in the order they run.
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import { workflowTemplates } from "@/server/workflows/definition/templates";

export function listWorkflowTemplates() {
  return workflowTemplates.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    category: t.category,
    layers: topologicalLayers(t.definition.steps),
    steps: t.definition.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title ?? (s.kind === "agent" ? s.agent : "Approval"),
      agentId: s.kind === "agent" ? s.agent : null,
      dependsOn: s.dependsOn,
      conditional: Boolean(s.when),
    })),
    limits: t.definition.limits,
  }));
}
