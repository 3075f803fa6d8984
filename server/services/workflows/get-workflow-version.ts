// One version of a workflow (the latest unless asked), with its versions and run order.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWorkflowRefInput, ZWorkflowVersionInput } from "./schemas";
import type { z } from "zod";

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
