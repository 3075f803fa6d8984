// Tools through MCP: the workspace's tool servers (secrets are write-only), the
// versioned tool policy (PUT names the version it edits; a stale one is a 409)
// and the tool-call log.
import { z } from "zod";
import { createToolServer } from "@/server/services/tools/create-tool-server";
import { deleteToolServer } from "@/server/services/tools/delete-tool-server";
import { getToolPolicy } from "@/server/services/tools/get-tool-policy";
import { getToolServer } from "@/server/services/tools/get-tool-server";
import { listToolCalls } from "@/server/services/tools/list-tool-calls";
import { listToolServersPage } from "@/server/services/tools/list-tool-servers";
import type { TToolPolicyVersion } from "@/server/services/tools/policy-views";
import { saveToolPolicy } from "@/server/services/tools/save-tool-policy";
import { toolCallDecisions, toolCallOutcomes, toolTransports, ZCreateToolServerInput, ZListToolCallsInput } from "@/server/services/tools/schemas";
import { testToolServerConnection } from "@/server/services/tools/test-tool-server";
import type { TToolCallRow, TToolServer } from "@/server/services/tools/tool-views";
import { toolOperations, ZToolPolicy } from "@/server/tools/policy/policy-schema";
import { defineEndpoint } from "../endpoint";
import { iso, pageOf, ZIdParams, ZListQuery, ZTimestamp } from "./shared-schemas";

const ZApiTool = z.object({
  name: z.string(),
  description: z.string(),
  operation: z.enum(toolOperations).describe("How the policy classifies it: read, write or execute."),
  inputSchema: z.record(z.string(), z.unknown()).describe("The tool's JSON Schema for its arguments."),
});

const ZApiToolServer = z.object({
  id: z.string(),
  name: z.string().describe("How the policy names this server."),
  preset: z.string().describe("The preset it was made from, or custom."),
  sandboxed: z.boolean().describe("Works on the run's files: the policy can limit its paths."),
  transport: z.enum(toolTransports),
  command: z.string().nullable(),
  args: z.array(z.string()),
  url: z.string().nullable(),
  secretNames: z.array(z.string()).describe("The sealed environment variables, headers or preset fields; their values are never returned."),
  tools: z.array(ZApiTool).nullable().describe("The tools found by the last successful connection test; null before one."),
  toolsHash: z.string().nullable(),
  toolsFetchedAt: ZTimestamp.nullable(),
  lastError: z.string().nullable().describe("Why the last connection test failed; null when it succeeded."),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

function toApiToolServer(server: TToolServer): z.infer<typeof ZApiToolServer> {
  return {
    ...server,
    tools: server.tools?.map(({ name, description, operation, inputSchema }) => ({ name, description, operation, inputSchema })) ?? null,
    toolsFetchedAt: iso(server.toolsFetchedAt),
    createdAt: server.createdAt.toISOString(),
    updatedAt: server.updatedAt.toISOString(),
  };
}

const ZApiToolPolicy = z.object({
  version: z.number().int().describe("0 until a policy is saved: the empty document, which allows no tool."),
  document: ZToolPolicy,
  createdAt: ZTimestamp.nullable(),
  createdBy: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }).nullable(),
});

function toApiToolPolicy(policy: TToolPolicyVersion): z.infer<typeof ZApiToolPolicy> {
  return { ...policy, createdAt: iso(policy.createdAt) };
}

const ZApiToolCall = z.object({
  id: z.string(),
  runId: z.string().nullable(),
  stepId: z.string().nullable(),
  agentId: z.string().nullable(),
  serverId: z.string().nullable(),
  serverName: z.string(),
  toolName: z.string(),
  operation: z.enum(toolOperations),
  arguments: z.unknown().describe("As the agent sent them, with secrets redacted."),
  decision: z.enum(toolCallDecisions),
  reason: z.string().nullable(),
  policyVersion: z.number().int(),
  outcome: z.enum(toolCallOutcomes),
  resultSummary: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: ZTimestamp,
  finishedAt: ZTimestamp.nullable(),
});

function toApiToolCall({ run: _run, ...call }: TToolCallRow): z.infer<typeof ZApiToolCall> {
  return { ...call, createdAt: call.createdAt.toISOString(), finishedAt: iso(call.finishedAt) };
}

export const toolEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/tools/servers",
    operationId: "listToolServers",
    summary: "List the workspace's MCP tool servers (without their secrets)",
    tag: "Tools",
    permission: "tools.read",
    query: ZListQuery,
    response: pageOf(ZApiToolServer),
    handler: async ({ scope, query }) => {
      const page = await listToolServersPage(scope, query);
      return { data: page.data.map(toApiToolServer), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/tools/servers",
    operationId: "createToolServer",
    summary: "Register an MCP tool server from a preset or custom; env, header and field values are stored encrypted and never returned",
    tag: "Tools",
    permission: "tools.manage",
    // The custom-server rules are beyond JSON Schema: the documented example must satisfy them.
    body: ZCreateToolServerInput.strict().meta({ examples: [{ name: "docs-fs", preset: "filesystem" }] }),
    response: ZApiToolServer,
    status: 201,
    handler: async ({ scope, body }) => toApiToolServer(await createToolServer(scope, body)),
  }),
  defineEndpoint({
    method: "GET",
    path: "/tools/servers/{id}",
    operationId: "getToolServer",
    summary: "Get a tool server with its last fetched tools",
    tag: "Tools",
    permission: "tools.read",
    params: ZIdParams,
    response: ZApiToolServer,
    handler: async ({ scope, params }) => toApiToolServer(await getToolServer(scope, { serverId: params.id })),
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/tools/servers/{id}",
    operationId: "deleteToolServer",
    summary: "Delete a tool server the current policy no longer names (409 while it does)",
    tag: "Tools",
    permission: "tools.manage",
    params: ZIdParams,
    status: 204,
    handler: async ({ scope, params }) => {
      await deleteToolServer(scope, { serverId: params.id });
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/tools/servers/{id}/test",
    operationId: "testToolServer",
    summary: "Connect to a tool server and fetch its tools; a failed connection answers ok: false with the error",
    tag: "Tools",
    permission: "tools.manage",
    params: ZIdParams,
    response: z.object({ ok: z.boolean(), error: z.string().nullable(), server: ZApiToolServer }),
    handler: async ({ scope, params }) => {
      const result = await testToolServerConnection(scope, { serverId: params.id });
      return { ok: result.ok, error: result.ok ? null : result.error, server: toApiToolServer(result.server) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/tools/policy",
    operationId: "getToolPolicy",
    summary: "Get the current tool policy with its version",
    tag: "Tools",
    permission: "tools.read",
    response: ZApiToolPolicy,
    handler: async ({ scope }) => toApiToolPolicy(await getToolPolicy(scope)),
  }),
  defineEndpoint({
    method: "PUT",
    path: "/tools/policy",
    operationId: "putToolPolicy",
    summary: "Save the whole tool policy as a new version; `version` is the one you edited, and a newer saved version answers 409",
    tag: "Tools",
    permission: "tools.manage",
    body: z
      .object({
        version: z.number().int().min(0).max(1_000_000_000).describe("The version you read and edited (0 when none was saved)."),
        document: ZToolPolicy,
      })
      .strict(),
    response: ZApiToolPolicy.extend({ changed: z.boolean().describe("false: the document equalled the current one and no version was added.") }),
    handler: async ({ scope, body }) => {
      const saved = await saveToolPolicy(scope, { document: body.document, expectedVersion: body.version });
      return { ...toApiToolPolicy(saved), changed: saved.changed };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/tools/calls",
    operationId: "listToolCalls",
    summary: "List tool calls, newest first: the decision, reason and outcome of each",
    tag: "Tools",
    permission: "tools.read",
    query: ZListToolCallsInput,
    response: pageOf(ZApiToolCall),
    handler: async ({ scope, query }) => {
      const page = await listToolCalls(scope, query);
      return { data: page.data.map(toApiToolCall), nextCursor: page.nextCursor };
    },
  }),
];
