// One tool call under the policy: find the tool, decide, and only if allowed
// send it through the pool with the checked arguments, a timeout within the
// step's remaining tool time, and the result-size limit applied. Returns what
// an audit row needs (arguments already redacted); writing that row is the
// caller's job, so this stays free of the database.
import type { ToolClientPool } from "@/server/tools/mcp/client-manager";
import { DEFAULT_CALL_TIMEOUT_MS, sessionErrorKind, type TSessionErrorKind } from "@/server/tools/mcp/session";
import { errorResult } from "@/server/tools/mcp/tool-result";
import type { TToolResult, TToolServerConfig } from "@/server/tools/mcp/types";
import { checkResultSize, evaluateToolCall, type TToolCallContext, type TToolCallEvaluation } from "./evaluate";
import { resolveLimits } from "./policy-schema";
import { redactArguments } from "./redact";

export type TGuardedCallInput = Omit<TToolCallContext, "tool" | "serverName"> & {
  pool: ToolClientPool;
  config: TToolServerConfig;
  /** The pool scope: the run id, so the run's servers close with it. */
  scope: string;
  toolName: string;
  /** A person approved this call: an approval_required decision goes ahead (the policy is still re-checked). */
  approved?: boolean;
  /** Values to cut out of the audited arguments (the server's tokens, the workspace's secrets). */
  secretValues?: string[];
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type TGuardedCallOutcome = {
  evaluation: TToolCallEvaluation;
  /** null when the call was not made. A server failure (timeout, crash) is an error result the model can read. */
  result: TToolResult | null;
  /** Set when the server failed rather than the tool: what went wrong. */
  failure: TSessionErrorKind | null;
  /** The model's arguments with secrets redacted, for the audit log. */
  auditArgs: Record<string, unknown>;
  durationMs: number;
};

export async function guardedToolCall(input: TGuardedCallInput): Promise<TGuardedCallOutcome> {
  const { pool, config, scope, toolName } = input;
  const auditArgs = redactArguments(input.args, input.secretValues ?? []);
  const tools = await pool.listTools(config, { scope, signal: input.signal });
  const tool = tools.find((t) => t.name === toolName);
  if (!tool) {
    const evaluation: TToolCallEvaluation = {
      decision: "denied",
      reason: `${config.name} has no tool ${toolName}; it has: ${tools.map((t) => t.name).join(", ") || "none"}`,
      operation: "execute",
      paths: [],
      args: input.args,
      rule: null,
      limits: resolveLimits(undefined),
    };
    return { evaluation, result: null, failure: null, auditArgs, durationMs: 0 };
  }

  const evaluation = await evaluateToolCall({ ...input, serverName: config.name, tool });
  const go = evaluation.decision === "allowed" || (evaluation.decision === "approval_required" && input.approved === true);
  if (!go) return { evaluation, result: null, failure: null, auditArgs, durationMs: 0 };

  const remaining = Math.max(1, evaluation.limits.wallTimeMs - input.elapsedMs);
  const started = Date.now();
  try {
    const result = await pool.callTool(config, tool.name, evaluation.args, {
      scope,
      timeoutMs: Math.min(input.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS, remaining),
      signal: input.signal,
      retryOnDisconnect: evaluation.operation === "read" || tool.annotations?.idempotentHint === true,
    });
    const size = checkResultSize(result, evaluation.limits);
    return { evaluation, result: size.ok ? result : errorResult(size.reason), failure: null, auditArgs, durationMs: Date.now() - started };
  } catch (error) {
    const failure = sessionErrorKind(error);
    // Cancellation and programming errors propagate; a failing server is something the model can be told.
    if (!failure || input.signal?.aborted) throw error;
    return { evaluation, result: errorResult((error as Error).message), failure, auditArgs, durationMs: Date.now() - started };
  }
}
