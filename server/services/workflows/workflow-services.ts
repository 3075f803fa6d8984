// A workspace's own workflows: create (blank or from a template), save a new
// immutable version, list, read, archive. Every saved version is validated
// against the workspace's agents first.
import { getDb } from "@/server/db/client";
import { AppError, notFound, orNotFound } from "@/server/errors/app-error";
import { ZWorkflowDefinition, type TWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { workflowTemplate, workflowTemplates } from "@/server/workflows/definition/templates";
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import { workflowToText } from "@/server/workflows/definition/workflow-text";
import type { TWorkspaceScope } from "../shared/scope";
import { checkDefinition, problemsMessage } from "./check-definition";
import { ZCreateWorkflowInput, ZSaveWorkflowInput, ZWorkflowRefInput, ZWorkflowTextInput, ZWorkflowVersionInput } from "./schemas";
import type { z } from "zod";

const blank = (name: string): TWorkflowDefinition =>
  ZWorkflowDefinition.parse({ name, description: "", steps: [{ id: "architecture", title: "Architecture", agent: "project_architect" }] });

export async function createWorkflow(scope: TWorkspaceScope, raw: z.input<typeof ZCreateWorkflowInput>) {
  const input = ZCreateWorkflowInput.parse(raw);
  const template = input.fromTemplate ? workflowTemplate(input.fromTemplate) : undefined;
  if (input.fromTemplate && !template) throw new AppError("INVALID_INPUT", `There is no workflow template "${input.fromTemplate}".`);
  const definition = template ? { ...template.definition, name: input.name } : blank(input.name);
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

export async function listWorkflows(scope: TWorkspaceScope) {
  const db = await getDb();
  const own = await db.workflow.findMany({ where: { workspaceId: scope.workspaceId, archivedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, name: true, description: true, fromTemplate: true, latestVersion: true, updatedAt: true } });
  return { own, templates: workflowTemplates.map((t) => ({ id: t.id, name: t.name, description: t.description, category: t.category, steps: t.definition.steps.length })) };
}

export async function getWorkflowVersion(scope: TWorkspaceScope, raw: z.input<typeof ZWorkflowRefInput> & { version?: number }) {
  const { workflowId } = ZWorkflowRefInput.parse(raw);
  const db = await getDb();
  const workflow = await db.workflow.findFirst({ where: { id: workflowId, workspaceId: scope.workspaceId }, include: { versions: { orderBy: { version: "desc" }, select: { version: true, createdAt: true, createdBy: { select: { name: true } } } } } });
  if (!workflow) throw notFound("Workflow");
  const version = raw.version === undefined ? workflow.latestVersion : ZWorkflowVersionInput.parse({ workflowId, version: raw.version }).version;
  const row = await db.workflowVersion.findFirst({ where: { workspaceId: scope.workspaceId, workflowId, version } });
  if (!row) throw notFound("Workflow version");
  const definition = ZWorkflowDefinition.parse(row.definition);
  return { id: workflow.id, name: workflow.name, fromTemplate: workflow.fromTemplate, archivedAt: workflow.archivedAt, version, latestVersion: workflow.latestVersion, versions: workflow.versions, definition, layers: topologicalLayers(definition.steps) };
}

export async function workflowAsText(scope: TWorkspaceScope, raw: z.input<typeof ZWorkflowTextInput>) {
  const input = ZWorkflowTextInput.parse(raw);
  const workflow = await getWorkflowVersion(scope, input);
  return { format: input.format, text: workflowToText(workflow.definition, input.format) };
}

export async function archiveWorkflow(scope: TWorkspaceScope, raw: z.input<typeof ZWorkflowRefInput>) {
  const { workflowId } = ZWorkflowRefInput.parse(raw);
  const db = await getDb();
  await orNotFound("Workflow", db.workflow.update({ where: { id: workflowId, workspaceId: scope.workspaceId }, data: { archivedAt: new Date() } }));
}
