// The shape of a built-in workflow template: a definition written with
// defaults left out, parsed once so callers get the full definition (the same
// value a user's copy of the template starts from).
import { ZWorkflowDefinition, type TWorkflowDefinition, type TWorkflowDefinitionInput } from "../definition-schema";

export const templateCategories = ["web", "ai", "api", "frontend", "mobile", "starter", "review"] as const;
export type TTemplateCategory = (typeof templateCategories)[number];

export type TWorkflowTemplate = {
  /** Stable kebab-case id, e.g. "full-stack-web-app". */
  id: string;
  name: string;
  description: string;
  category: TTemplateCategory;
  definition: TWorkflowDefinition;
};

/** Name and description come from the definition, so the two never disagree. */
export function defineTemplate(template: { id: string; category: TTemplateCategory; definition: TWorkflowDefinitionInput }): TWorkflowTemplate {
  const definition = ZWorkflowDefinition.parse(template.definition);
  return { id: template.id, name: definition.name, description: definition.description, category: template.category, definition };
}
