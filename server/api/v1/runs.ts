// Runs: start one (a workspace workflow or a built-in template on a project),
// list, read with steps, list deliverables, and follow progress as
// server-sent events. Cancel, approve and resume are in run-actions.ts.
import { z } from "zod";
import { RunStatus } from "@/server/db/generated/enums.ts";
import { runEventStream } from "@/server/runs/run-event-stream";
import { getRun } from "@/server/services/runs/get-run";
import { listRunArtifactsPage } from "@/server/services/runs/list-run-artifacts-page";
import { listRunsPage } from "@/server/services/runs/list-runs-page";
import { ZStartRunInput } from "@/server/services/runs/schemas";
import { startRun } from "@/server/services/runs/start-run";
import { workflowTemplate } from "@/server/workflows/definition/templates";
import { defineEndpoint } from "../endpoint";
import { runActionEndpoints } from "./run-actions";
import { toApiArtifact, toApiRun, toApiRunSummary, ZApiArtifact, ZApiRun, ZApiRunSummary } from "./run-views";
import { pageOf, ZId, ZIdParams, ZListQuery } from "./shared-schemas";

const ZStartRunBody = z
  .strictObject({
    projectId: ZId,
    workflowId: z.string().trim().min(1).max(80).describe('A workflow of this workspace (its id) or a built-in template (its id, e.g. "api-service").'),
    input: z
      .strictObject({
        task: ZStartRunInput.shape.task.describe("What to build or change, in a sentence or more."),
        version: z.number().int().positive().max(1_000_000).optional().describe("Run this version of a workspace workflow (default: the latest)."),
      })
      .describe("The task, and per-run options."),
  })
  .superRefine((body, ctx) => {
    if (body.input.version !== undefined && workflowTemplate(body.workflowId)) {
      ctx.addIssue({ code: "custom", path: ["input", "version"], message: "Templates have no versions; leave version out." });
    }
  });

const ZRunListQuery = ZListQuery.extend({
  projectId: ZId.optional().describe("Only runs of this project."),
  status: z.enum(RunStatus).optional().describe("Only runs in this state."),
});

const readRun = async (scope: Parameters<typeof getRun>[0], runId: string) => toApiRun(await getRun(scope, { runId }));

export const runEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/runs",
    operationId: "startRun",
    summary: "Start a run of a workflow or template on a project",
    tag: "Runs",
    permission: "run.start",
    body: ZStartRunBody,
    response: ZApiRun,
    status: 202,
    handler: async ({ scope, body }) => {
      const template = workflowTemplate(body.workflowId);
      const started = await startRun(scope, {
        projectId: body.projectId,
        ...(template ? { templateId: template.id } : { workflowId: body.workflowId, version: body.input.version }),
        task: body.input.task,
      });
      return readRun(scope, started.id);
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/runs",
    operationId: "listRuns",
    summary: "List runs, newest first",
    tag: "Runs",
    permission: "run.read",
    query: ZRunListQuery,
    response: pageOf(ZApiRunSummary),
    handler: async ({ scope, query }) => {
      const page = await listRunsPage(scope, query);
      return { data: page.data.map(toApiRunSummary), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/runs/{id}",
    operationId: "getRun",
    summary: "Read a run with its steps, approvals and deliverables",
    tag: "Runs",
    permission: "run.read",
    params: ZIdParams,
    response: ZApiRun,
    handler: async ({ scope, params }) => readRun(scope, params.id),
  }),
  defineEndpoint({
    method: "GET",
    path: "/runs/{id}/artifacts",
    operationId: "listRunArtifacts",
    summary: "List a run's deliverables with their content, newest first",
    tag: "Runs",
    permission: "run.read",
    params: ZIdParams,
    query: ZListQuery,
    response: pageOf(ZApiArtifact),
    handler: async ({ scope, params, query }) => {
      const page = await listRunArtifactsPage(scope, { runId: params.id, ...query });
      return { data: page.data.map(toApiArtifact), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/runs/{id}/events",
    operationId: "streamRunEvents",
    summary:
      "Follow a run as server-sent events: `snapshot` (the run, as GET /runs/{id} shows it) on every change, `delta` (model tokens of a running step), `attempt` (retries and fallbacks); the stream ends after the snapshot of a finished run",
    tag: "Runs",
    permission: "run.read",
    params: ZIdParams,
    stream: true,
    handler: async ({ scope, params, request }) => {
      await getRun(scope, { runId: params.id }); // 404 before streaming, not an error event inside a 200
      return new Response(runEventStream(scope, params.id, request.signal, { pollMs: 2_000, heartbeatMs: 15_000, present: toApiRun }), {
        headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
      });
    },
  }),
  ...runActionEndpoints,
];
