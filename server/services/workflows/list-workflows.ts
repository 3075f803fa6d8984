// The workspace's own workflows and the built-in templates.
import { getDb } from "@/server/db/client";
import { workflowTemplates } from "@/server/workflows/definition/templates";
import type { TWorkspaceScope } from "../shared/scope";

export async function listWorkflows(scope: TWorkspaceScope) {
  const db = await getDb();
  const own = await db.workflow.findMany({ where: { workspaceId: scope.workspaceId, archivedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, name: true, description: true, fromTemplate: true, latestVersion: true, updatedAt: true } });
  return { own, templates: workflowTemplates.map((t) => ({ id: t.id, name: t.name, description: t.description, category: t.category, steps: t.definition.steps.length })) };
}
