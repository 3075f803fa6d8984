// Workflows: the workspace's own and the built-in templates (marked by
// `kind`), one with its latest definition, and creating one from a template
// or a whole definition.
import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import { getWorkflowVersion } from "@/server/services/workflows/get-workflow-version";
import { listWorkflowsPage, type TWorkflowListItem } from "@/server/services/workflows/list-workflows-page";
import { ZCreateWorkflowInput } from "@/server/services/workflows/schemas";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { workflowTemplate, type TWorkflowTemplate } from "@/server/workflows/definition/templates";
import { topologicalLayers } from "@/server/workflows/definition/workflow-graph";
import type { TWorkflowProblem } from "@/server/workflows/definition/workflow-problems";
import { defineEndpoint } from "../endpoint";
import { ApiProblem } from "../problem";
import { iso, pageOf, ZIdParams, ZListQuery, ZTimestamp } from "./shared-schemas";

export const ZApiWorkflowSummary = z.object({
  id: z.string().describe("A workflow id, or a template id such as api-service; either can start a run."),
  kind: z.enum(["workspace", "template"]).describe("workspace: this workspace's own workflow; template: a built-in template."),
  name: z.string(),
  description: z.string(),
  category: z.string().nullable().describe("A template's gallery category; null for workspace workflows."),
  fromTemplate: z.string().nullable().describe("The template a workspace workflow was copied from."),
  latestVersion: z.number().int().nullable().describe("null for a template (templates have no versions)."),
  steps: z.number().int(),
  createdAt: ZTimestamp.nullable(),
  updatedAt: ZTimestamp.nullable(),
});

export const ZApiWorkflow = ZApiWorkflowSummary.omit({ steps: true, createdAt: true, updatedAt: true }).extend({
  version: z.number().int().nullable().describe("The version shown (the latest); null for a template."),
  archived: z.boolean(),
  definition: ZWorkflowDefinition,
  layers: z.array(z.array(z.string())).describe("Step ids in run order; the steps of one layer run in parallel."),
});

type TApiWorkflow = z.infer<typeof ZApiWorkflow>;

export function toApiWorkflowSummary(w: TWorkflowListItem): z.infer<typeof ZApiWorkflowSummary> {
  return { ...w, createdAt: iso(w.createdAt), updatedAt: iso(w.updatedAt) };
}

function templateView(t: TWorkflowTemplate): TApiWorkflow {
  return {
    id: t.id,
    kind: "template",
    name: t.name,
    description: t.description,
    category: t.category,
    fromTemplate: null,
    latestVersion: null,
    version: null,
    archived: false,
    definition: t.definition,
    layers: topologicalLayers(t.definition.steps),
  };
}

function workflowView(w: Awaited<ReturnType<typeof getWorkflowVersion>>): TApiWorkflow {
  return {
    id: w.id,
    kind: "workspace",
    name: w.name,
    description: w.definition.description,
    category: null,
    fromTemplate: w.fromTemplate,
    latestVersion: w.latestVersion,
    version: w.version,
    archived: w.archivedAt !== null,
    definition: w.definition,
    layers: w.layers,
  };
}

const ZCreateWorkflowBody = z
  .strictObject({
    name: ZCreateWorkflowInput.shape.name.optional().describe("Required unless a definition is sent (then its name is the default)."),
    fromTemplate: z.string().trim().min(1).max(80).optional().describe("Copy this built-in template, e.g. mvp."),
    definition: ZWorkflowDefinition.optional().describe("A whole definition, validated against this workspace's agents."),
  })
  .superRefine((body, ctx) => {
    if (body.fromTemplate !== undefined && body.definition !== undefined) ctx.addIssue({ code: "custom", path: ["fromTemplate"], message: "Send fromTemplate or definition, not both." });
    else if (body.fromTemplate !== undefined && !workflowTemplate(body.fromTemplate)) ctx.addIssue({ code: "custom", path: ["fromTemplate"], message: `There is no workflow template "${body.fromTemplate}".` });
    if (body.name === undefined && body.definition === undefined) ctx.addIssue({ code: "custom", path: ["name"], message: "Name the workflow (or send a definition)." });
  });

/** The cross-step problems of a definition (unknown agents, cycles, …), each as a named field. */
function definitionProblems(error: unknown): never {
  const problems = error instanceof AppError ? (error.details?.problems as TWorkflowProblem[] | undefined) : undefined;
  if (!problems?.length) throw error;
  const errors = problems.map((p) => ({ field: ["body.definition", p.path].filter(Boolean).join("."), message: p.message }));
  throw new ApiProblem("invalid-fields", errors.map((e) => `${e.field}: ${e.message}`).join(" "), { errors });
}

export const workflowEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/workflows",
    operationId: "listWorkflows",
    summary: "List workflows: the workspace's own (newest first), then the built-in templates",
    tag: "Workflows",
    permission: "run.read",
    query: ZListQuery.extend({ kind: z.enum(["all", "workspace", "template"]).default("all").describe("Which workflows to list.") }),
    response: pageOf(ZApiWorkflowSummary),
    handler: async ({ scope, query }) => {
      const page = await listWorkflowsPage(scope, query);
      return { data: page.data.map(toApiWorkflowSummary), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/workflows",
    operationId: "createWorkflow",
    summary: "Create a workflow (version 1): blank, copied from a template, or from a definition",
    tag: "Workflows",
    permission: "workflow.edit",
    body: ZCreateWorkflowBody,
    response: ZApiWorkflow,
    status: 201,
    handler: async ({ scope, body }) => {
      const created = await createWorkflow(scope, { name: body.name ?? body.definition!.name, fromTemplate: body.fromTemplate, definition: body.definition }).catch(definitionProblems);
      return workflowView(await getWorkflowVersion(scope, { workflowId: created.id }));
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/workflows/{id}",
    operationId: "getWorkflow",
    summary: "Read a workflow's latest version with its definition (or a template by its id)",
    tag: "Workflows",
    permission: "run.read",
    params: ZIdParams,
    response: ZApiWorkflow,
    handler: async ({ scope, params }) => {
      const template = workflowTemplate(params.id);
      return template ? templateView(template) : workflowView(await getWorkflowVersion(scope, { workflowId: params.id }));
    },
  }),
];
