// The tools an agent step may call: the workspace's MCP servers its policy
// mentions for this agent (or this workflow step), offered to the model as
// `<server>__<tool>`, each call decided by the policy server-side before it is
// sent, recorded as a ToolCall row with the policy version, and written to the
// audit log. A call's idempotency key is run + step + call index: when a step
// runs again (after an approval, or on resume) a call that already finished is
// replayed from its record, never repeated. Calls the policy says need a
// person's approval stop the step with the exact call shown. A tool whose
// definition changed since an admin last tested the server is withheld.
import { existsSync } from "node:fs";
import { cp, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/server/db/generated/client";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import type { TModelToolCall, TModelToolSpec } from "@/server/models/types";
import { appendAuditEvent, type TAuditTx } from "@/server/services/audit/append-audit-event";
import { getToolPolicy } from "@/server/services/tools/get-tool-policy";
import { loadRunnableToolServers, type TRunnableToolServer } from "@/server/services/tools/server-config";
import { toolClientPool } from "@/server/tools/mcp/client-manager";
import type { TToolDescriptor } from "@/server/tools/mcp/types";
import { stableStringify } from "@/server/shared/stable-json";
import { guardedToolCall } from "@/server/tools/policy/guarded-call";
import { redactText } from "@/server/tools/policy/redact";
import type { TToolPolicy } from "@/server/tools/policy/policy-schema";
import { selectRule } from "@/server/tools/policy/select-rule";

/** What the model is told a tool returned, at most. */
const RESULT_CHARS_FOR_MODEL = 20_000;
/** What is kept of a result for replay and the log. */
const RESULT_CHARS_KEPT = 64_000;
const SEPARATOR = "__";

export type TToolOutcome =
  | { kind: "result"; text: string; isError: boolean }
  | { kind: "approval"; toolCallId: string; prompt: string };

export type TStepToolbox = {
  specs: TModelToolSpec[];
  policyVersion: number;
  /** Decide, make (or replay) and record one call; `index` counts the step's calls from 0. */
  execute(call: TModelToolCall, index: number): Promise<TToolOutcome>;
};

type TStepRef = { runId: string; workspaceId: string; stepId: string; agentId: string };

/** The run's working copy: what filesystem-like servers are rooted in, and nothing outside it. */
export function runSandboxDir(runId: string): string {
  return path.resolve(env.CORAL_DATA_DIR, "runs", runId, "workspace");
}

/**
 * The run's working copy, made on first use: empty for a new run; a resumed run starts from the copy of
 * the run it resumes (what its earlier steps wrote is there, as their deliverables are).
 */
async function prepareWorkingCopy(ref: TStepRef): Promise<void> {
  const dir = runSandboxDir(ref.runId);
  if (existsSync(dir)) return;
  const db = await getDb();
  const run = await db.run.findFirst({ where: { id: ref.runId, workspaceId: ref.workspaceId }, select: { resumedFromId: true } });
  const earlier = run?.resumedFromId ? runSandboxDir(run.resumedFromId) : null;
  if (earlier && existsSync(earlier)) await cp(earlier, dir, { recursive: true, verbatimSymlinks: true });
  else await mkdir(dir, { recursive: true });
}

/** The tools this step may be offered, or null when the policy gives its agent none. */
export async function openStepToolbox(ref: TStepRef, signal?: AbortSignal): Promise<TStepToolbox | null> {
  const { version, document: policy } = await getToolPolicy({ workspaceId: ref.workspaceId, actor: null });
  if (version === 0) return null;
  const sandboxDir = runSandboxDir(ref.runId);
  const servers = (await loadRunnableToolServers(ref.workspaceId, { sandboxDir })).filter((s) => mentioned(policy, ref, s.name));
  if (servers.length === 0) return null;
  await prepareWorkingCopy(ref);

  const pool = toolClientPool();
  const byName = new Map<string, { server: TRunnableToolServer; tool: TToolDescriptor }>();
  /** Tools whose definition differs from what the last connection test saw: withheld, named in a denial. */
  const drifted = new Map<string, string>();
  const specs: TModelToolSpec[] = [];
  for (const server of servers) {
    const tools = await pool.listTools(server.config, { scope: ref.runId, signal });
    const tested = server.tools ? new Map(server.tools.map((t) => [t.name, toolFingerprint(t)])) : null;
    for (const tool of tools) {
      const name = `${server.name}${SEPARATOR}${tool.name}`.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64);
      if (byName.has(name) || drifted.has(name)) continue;
      // A server can change a tool's description (instructions the model reads) or arguments after it was reviewed.
      if (tested && tested.get(tool.name) !== toolFingerprint(tool)) {
        drifted.set(name, `${server.name} → ${tool.name} ${tested.has(tool.name) ? "changed" : "appeared"} since the server was last tested; it is withheld until an admin tests the server again (Tools → Test connection).`);
        continue;
      }
      byName.set(name, { server, tool });
      specs.push({ name, description: `[${server.name}] ${tool.description}`.slice(0, 1_000), inputSchema: tool.inputSchema });
    }
  }
  if (specs.length === 0) return null;

  let elapsedMs = 0;
  const execute = async (call: TModelToolCall, index: number): Promise<TToolOutcome> => {
    const db = await getDb();
    const key = `${ref.runId}:${ref.stepId}:${index}`;
    const target = byName.get(call.toolName);
    const args = isRecord(call.input) ? call.input : {};
    const earlier = await db.toolCall.findUnique({ where: { idempotencyKey: key } });
    if (earlier && earlier.toolName === (target?.tool.name ?? call.toolName)) {
      if (earlier.outcome !== "pending") return { kind: "result", text: earlier.resultSummary ?? "", isError: earlier.outcome !== "ok" };
      if (earlier.decision === "approval_required") return { kind: "approval", toolCallId: earlier.id, prompt: approvalPrompt(earlier.serverName, earlier.toolName, earlier.arguments) };
      if (earlier.decision === "rejected") return finishCall(earlier.id, { outcome: "denied", text: `A person rejected this call: ${earlier.reason ?? "no reason given"}.`, durationMs: 0 }, ref, version);
    }
    if (!target) {
      const text = drifted.get(call.toolName) ?? `There is no tool ${call.toolName}. Available: ${[...byName.keys()].join(", ")}.`;
      await record(ref, version, key, { serverName: "unknown", toolName: call.toolName, operation: "execute", args, decision: "denied", reason: text, outcome: "denied", text, durationMs: 0 });
      return { kind: "result", text, isError: true };
    }

    const approved = earlier?.decision === "approved";
    const outcome = await guardedToolCall({
      pool,
      config: target.server.config,
      scope: ref.runId,
      toolName: target.tool.name,
      policy: withOverrides(policy, target.server),
      agentId: ref.agentId,
      stepId: ref.stepId,
      args,
      sandboxRoot: target.server.sandboxed ? sandboxDir : null,
      callsSoFar: index,
      elapsedMs,
      approved,
      secretValues: target.server.secrets,
      signal,
    });
    elapsedMs += outcome.durationMs;
    const { evaluation } = outcome;
    const base = { serverId: target.server.id, serverName: target.server.name, toolName: target.tool.name, operation: evaluation.operation, args: outcome.auditArgs };

    if (evaluation.decision === "approval_required" && !approved) {
      const row = await record(ref, version, key, { ...base, decision: "approval_required", reason: evaluation.reason, outcome: "pending", text: null, durationMs: 0 });
      return { kind: "approval", toolCallId: row.id, prompt: approvalPrompt(target.server.name, target.tool.name, outcome.auditArgs) };
    }
    if (!outcome.result) {
      const text = `Denied by the workspace's tool policy (version ${version}): ${evaluation.reason}`;
      await record(ref, version, key, { ...base, decision: "denied", reason: evaluation.reason, outcome: "denied", text, durationMs: 0 });
      return { kind: "result", text, isError: true };
    }
    const text = redactText(outcome.result.text, target.server.secrets);
    const fields = { ...base, decision: approved ? "approved" : "allowed", reason: evaluation.reason, outcome: outcome.result.isError ? "error" : "ok", text, durationMs: outcome.durationMs } as const;
    if (earlier) await finishCall(earlier.id, { outcome: fields.outcome, text, durationMs: outcome.durationMs }, ref, version);
    else await record(ref, version, key, fields);
    return { kind: "result", text: text.slice(0, RESULT_CHARS_FOR_MODEL), isError: outcome.result.isError };
  };

  return { specs, policyVersion: version, execute };
}

/** What a tool is to the model and the policy: its name, description, arguments and annotations. */
export function toolFingerprint(tool: TToolDescriptor): string {
  return stableStringify({ name: tool.name, description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations ?? {} });
}

/** Servers the policy names for this step (a step rule replaces the agent's) or for this agent or every agent. */
function mentioned(policy: TToolPolicy, ref: TStepRef, serverName: string): boolean {
  return selectRule(policy, ref.agentId, ref.stepId, serverName, "\u0000").allowedTools.length > 0;
}

/** A preset's operation overrides apply under the policy's own. */
function withOverrides(policy: TToolPolicy, server: TRunnableToolServer): TToolPolicy {
  if (Object.keys(server.operationOverrides).length === 0) return policy;
  const own = policy.operationOverrides?.[server.name] ?? {};
  return { ...policy, operationOverrides: { ...policy.operationOverrides, [server.name]: { ...server.operationOverrides, ...own } } };
}

function approvalPrompt(serverName: string, toolName: string, args: unknown): string {
  return `The agent wants to call ${serverName} → ${toolName} with:\n${JSON.stringify(args, null, 2).slice(0, 1_800)}`;
}

type TRecord = {
  serverId?: string;
  serverName: string;
  toolName: string;
  operation: string;
  args: Record<string, unknown>;
  decision: string;
  reason: string | null;
  outcome: "ok" | "error" | "denied" | "pending";
  text: string | null;
  durationMs: number;
};

async function record(ref: TStepRef, policyVersion: number, idempotencyKey: string, r: TRecord) {
  const db = await getDb();
  const finished = r.outcome !== "pending";
  const row = await db.$transaction(async (tx) => {
    const created = await tx.toolCall.upsert({
      where: { idempotencyKey },
      create: {
        workspaceId: ref.workspaceId,
        runId: ref.runId,
        stepId: ref.stepId,
        agentId: ref.agentId,
        idempotencyKey,
        serverId: r.serverId ?? null,
        serverName: r.serverName,
        toolName: r.toolName,
        operation: r.operation,
        arguments: r.args as Prisma.InputJsonValue,
        decision: r.decision,
        reason: r.reason,
        policyVersion,
        outcome: r.outcome,
        resultSummary: r.text?.slice(0, RESULT_CHARS_KEPT) ?? null,
        durationMs: finished ? r.durationMs : null,
        finishedAt: finished ? new Date() : null,
      },
      update: {},
    });
    await auditToolCall(tx, ref, policyVersion, created);
    return created;
  });
  return row;
}

/** The call's audit event, in the transaction that records it. */
function auditToolCall(
  tx: TAuditTx,
  ref: TStepRef,
  policyVersion: number,
  call: { id: string; decision: string; serverName: string; toolName: string; operation: string; outcome: string },
) {
  return appendAuditEvent(
    {
      workspaceId: ref.workspaceId,
      actorType: "agent",
      actorId: ref.agentId,
      action: `tool.call.${call.decision}`,
      targetType: "tool_call",
      targetId: call.id,
      policyVersion,
      data: { runId: ref.runId, stepId: ref.stepId, server: call.serverName, tool: call.toolName, operation: call.operation, outcome: call.outcome },
    },
    tx,
  );
}

async function finishCall(id: string, done: { outcome: "ok" | "error" | "denied"; text: string; durationMs: number }, ref: TStepRef, policyVersion: number): Promise<TToolOutcome> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const row = await tx.toolCall.update({
      where: { id },
      data: { outcome: done.outcome, resultSummary: done.text.slice(0, RESULT_CHARS_KEPT), durationMs: done.durationMs, finishedAt: new Date() },
    });
    await auditToolCall(tx, ref, policyVersion, row);
  });
  return { kind: "result", text: done.text.slice(0, RESULT_CHARS_FOR_MODEL), isError: done.outcome !== "ok" };
}

/** A person decided the step's pending tool call(s). */
export async function decideToolApproval(ref: { runId: string; workspaceId: string; stepId: string }, approved: boolean, comment: string | null): Promise<void> {
  const db = await getDb();
  await db.toolCall.updateMany({
    where: { ...ref, decision: "approval_required", outcome: "pending" },
    data: { decision: approved ? "approved" : "rejected", reason: comment },
  });
}

/** The run is over: stop the tool servers it started. */
export async function closeRunTools(runId: string): Promise<void> {
  await toolClientPool().closeScope(runId);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
