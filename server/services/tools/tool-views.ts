// What the tool services return: a registered server without its secrets (only
// their names), its last fetched tool list with each tool's operation, and the
// rows of the tool-call log.
import type { Prisma } from "@/server/db/generated/client.ts";
import { getPreset } from "@/server/tools/mcp/presets";
import type { TToolOperation, TToolPolicy } from "@/server/tools/policy/policy-schema";
import type { TToolCallDecision, TToolCallOutcome, TToolTransport } from "./schemas";
import { classifyTools, serverOperationOverrides, storedTools, type TServerTool } from "./server-tools";

export type TToolServer = {
  id: string;
  name: string;
  preset: string;
  /** It acts on the run's working copy, so the policy can limit the paths it touches. */
  sandboxed: boolean;
  transport: TToolTransport;
  command: string | null;
  args: string[];
  url: string | null;
  /** The names of the sealed environment variables (stdio) or headers (http); their values are never returned. */
  secretNames: string[];
  /** The tools found by the last successful connection test; null before the first one. */
  tools: TServerTool[] | null;
  toolsHash: string | null;
  toolsFetchedAt: Date | null;
  /** Why the last connection test failed; null when it succeeded (or never ran). */
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export const toolServerSelect = {
  id: true,
  name: true,
  preset: true,
  transport: true,
  command: true,
  args: true,
  url: true,
  secretNames: true,
  tools: true,
  toolsHash: true,
  toolsFetchedAt: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ToolServerSelect;

type TToolServerRow = Prisma.ToolServerGetPayload<{ select: typeof toolServerSelect }>;

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** `policy`: the current one, whose operation overrides change how tools are classified. */
export function toToolServer(row: TToolServerRow, policy: TToolPolicy | null): TToolServer {
  const preset = row.preset === "custom" ? null : getPreset(row.preset);
  const tools = storedTools(row.tools);
  return {
    ...row,
    sandboxed: preset?.sandboxed ?? false,
    transport: row.transport as TToolTransport,
    args: stringList(row.args),
    secretNames: stringList(row.secretNames),
    tools: tools ? classifyTools(row.name, tools, serverOperationOverrides(row.name, preset?.operationOverrides, policy)) : null,
  };
}

export type TToolCallRow = {
  id: string;
  runId: string | null;
  /** The run's number within its project ("run #12"), when the call belongs to a run. */
  run: { number: number; projectId: string } | null;
  stepId: string | null;
  agentId: string | null;
  serverId: string | null;
  serverName: string;
  toolName: string;
  operation: TToolOperation;
  /** As the agent sent them, with secrets redacted. */
  arguments: unknown;
  decision: TToolCallDecision;
  reason: string | null;
  policyVersion: number;
  outcome: TToolCallOutcome;
  resultSummary: string | null;
  durationMs: number | null;
  createdAt: Date;
  finishedAt: Date | null;
};

export const toolCallSelect = {
  id: true,
  runId: true,
  run: { select: { number: true, projectId: true } },
  stepId: true,
  agentId: true,
  serverId: true,
  serverName: true,
  toolName: true,
  operation: true,
  arguments: true,
  decision: true,
  reason: true,
  policyVersion: true,
  outcome: true,
  resultSummary: true,
  durationMs: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.ToolCallSelect;

type TToolCallDbRow = Prisma.ToolCallGetPayload<{ select: typeof toolCallSelect }>;

export function toToolCallRow(row: TToolCallDbRow): TToolCallRow {
  return {
    ...row,
    operation: row.operation as TToolOperation,
    decision: row.decision as TToolCallDecision,
    outcome: row.outcome as TToolCallOutcome,
  };
}
