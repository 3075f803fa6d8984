// Save a new immutable version of a workflow, validated against the workspace's agents first.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { checkDefinition, problemsMessage } from "./check-definition";
import { ZSaveWorkflowInput } from "./schemas";
import type { z } from "zod";

export async function saveWorkflowVersion(scope: TWorkspaceScope, raw: z.input<typeof ZSaveWorkflowInput>) {
  const input = ZSaveWorkflowInput.parse(raw);
  const checked = await checkDefinition(scope, "text" in input ? { text: input.text, format: input.format } : { definition: input.definition });
  if (!checked.ok) throw new AppError("INVALID_INPUT", problemsMessage(checked.problems), { problems: checked.problems });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const workflow = await tx.workflow.findFirst({ where: { id: input.workflowId, workspaceId: scope.workspaceId, archivedAt: null } });
    if (!workflow) throw notFound("Workflow");
    const version = workflow.latestVersion + 1;
    await tx.workflowVersion.create({ data: { workspaceId: scope.workspaceId, workflowId: workflow.id, version, definition: checked.definition as object, createdById: scope.actor?.userId ?? null } });
    await tx.workflow.update({ where: { id: workflow.id, workspaceId: scope.workspaceId }, data: { latestVersion: version, name: checked.definition.name, description: checked.definition.description } });
    return { id: workflow.id, version, order: checked.order };
  });
}
