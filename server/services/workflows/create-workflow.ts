// Create a workflow: blank (one architect step), copied from a built-in template,
// or from a given definition (validated like a saved version), as version 1.
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { ZWorkflowDefinition, type TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { workflowTemplate } from "@/server/workflows/definition/templates";
import type { TWorkspaceScope } from "../shared/scope";
import { checkDefinition, problemsMessage } from "./check-definition";
import { ZCreateWorkflowInput } from "./schemas";
import type { z } from "zod";

const blank = (name: string): TWorkflowDefinition =>
  ZWorkflowDefinition.parse({ name, description: "", steps: [{ id: "architecture", title: "Architecture", agent: "project_architect" }] });

export async function createWorkflow(scope: TWorkspaceScope, raw: z.input<typeof ZCreateWorkflowInput>) {
  const input = ZCreateWorkflowInput.parse(raw);
  const template = input.fromTemplate ? workflowTemplate(input.fromTemplate) : undefined;
  if (input.fromTemplate && input.definition !== undefined) throw new AppError("INVALID_INPUT", "Start from a template or from a definition, not both.");
  if (input.fromTemplate && !template) throw new AppError("INVALID_INPUT", `There is no workflow template "${input.fromTemplate}".`);
  let definition = template ? { ...template.definition, name: input.name } : blank(input.name);
  if (input.definition !== undefined) {
    const checked = await checkDefinition(scope, { definition: input.definition });
    if (!checked.ok) throw new AppError("INVALID_INPUT", problemsMessage(checked.problems), { problems: checked.problems });
    definition = { ...checked.definition, name: input.name };
  }
  const db = await getDb();
  return db.workflow.create({
    data: {
      workspaceId: scope.workspaceId,
      name: input.name,
      description: definition.description,
      fromTemplate: template?.id ?? null,
      latestVersion: 1,
      createdById: scope.actor?.userId ?? null,
      versions: { create: { workspaceId: scope.workspaceId, version: 1, definition: definition as object, createdById: scope.actor?.userId ?? null } },
    },
    select: { id: true, name: true, latestVersion: true },
  });
}
