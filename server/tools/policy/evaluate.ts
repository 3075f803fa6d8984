// The policy decision for one tool call, made before anything reaches the MCP
// server: allowed, denied, or waiting for a person's approval. Every denial
// names the rule (or its absence) in words the model can act on. Also the
// result-size check made after the call.
import picomatch from "picomatch";
import type { TToolDescriptor, TToolResult } from "@/server/tools/mcp/types";
import { toolOperation } from "./operation";
import { mapPathArguments, resolveSandboxPath, type TPathCheck } from "./paths";
import type { TToolLimits, TToolOperation, TToolPolicy } from "./policy-schema";
import { selectRule } from "./select-rule";

export type TToolCallContext = {
  policy: TToolPolicy;
  agentId: string;
  stepId?: string | null;
  serverName: string;
  tool: TToolDescriptor;
  args: Record<string, unknown>;
  /**
   * The run's working copy, for servers that act on files (filesystem-like):
   * their path arguments must resolve inside it. null for other servers (a
   * GitHub `path` is a path in a repository), whose path arguments are not checked.
   */
  sandboxRoot: string | null;
  /** Tool calls already made in this step. */
  callsSoFar: number;
  /** Time already spent in tool calls in this step. */
  elapsedMs: number;
};

export type TToolCallEvaluation = {
  decision: "allowed" | "denied" | "approval_required";
  /** For people and for the model: what was decided and by which rule. */
  reason: string;
  operation: TToolOperation;
  /** The path arguments, root-relative, as checked. */
  paths: string[];
  /** The arguments to send: each checked path replaced by its absolute real path in the sandbox, so the server acts on what was checked. */
  args: Record<string, unknown>;
  /** Where the deciding rule sits in the document; null when no rule matched. */
  rule: string | null;
  limits: TToolLimits;
};

const list = (items: string[]) => (items.length ? items.join(", ") : "none");

export async function evaluateToolCall(ctx: TToolCallContext): Promise<TToolCallEvaluation> {
  const { policy, agentId, stepId, serverName, tool } = ctx;
  const operation = toolOperation(serverName, tool, policy.operationOverrides);
  const selected = selectRule(policy, agentId, stepId, serverName, tool.name);
  const inStep = selected.fromStep ? ` in step ${stepId}` : "";
  const base = { operation, paths: [] as string[], args: ctx.args, rule: selected.label, limits: selected.limits };
  const deny = (reason: string, extra: Partial<TToolCallEvaluation> = {}): TToolCallEvaluation => ({ ...base, ...extra, decision: "denied", reason });

  const rule = selected.rule;
  if (!rule) {
    return deny(`the policy does not allow ${agentId} to use ${tool.name} on ${serverName}${inStep}; allowed: ${list(selected.allowedTools)}`);
  }
  const { callsPerStep, wallTimeMs } = selected.limits;
  if (ctx.callsSoFar >= callsPerStep) {
    return deny(`${agentId} has made the ${callsPerStep} tool calls allowed per step${inStep}; finish the step with what you have`);
  }
  if (ctx.elapsedMs >= wallTimeMs) {
    return deny(`the step's tool time of ${Math.round(wallTimeMs / 1000)} s is used up${inStep}; finish the step with what you have`);
  }
  if (rule.operations && !rule.operations.includes(operation)) {
    return deny(
      `the policy allows ${agentId} to use ${tool.name} on ${serverName} only for ${rule.operations.join("/")} operations, and ${tool.name} is a ${operation} operation (${selected.label})`,
    );
  }

  const checked = await checkPaths(ctx, rule.paths);
  if (!checked.ok) return deny(checked.reason);
  const withPaths = { ...base, paths: checked.paths, args: checked.args };

  if (rule.approval) {
    return { ...withPaths, decision: "approval_required", reason: `${tool.name} on ${serverName} needs a person's approval for ${agentId} (${selected.label})` };
  }
  return { ...withPaths, decision: "allowed", reason: `allowed by ${selected.label}` };
}

type TPathsOutcome = { ok: true; paths: string[]; args: Record<string, unknown> } | { ok: false; reason: string };

async function checkPaths(ctx: TToolCallContext, globs: string[] | undefined): Promise<TPathsOutcome> {
  const { sandboxRoot, agentId, serverName, tool } = ctx;
  if (sandboxRoot === null) {
    if (globs) return { ok: false, reason: `the policy limits the paths ${tool.name} on ${serverName} may touch, but ${serverName} has no sandbox to check them against` };
    return { ok: true, paths: [], args: ctx.args };
  }
  // Resolve every path argument first (async), then rebuild the arguments with the results.
  const pending: Promise<TPathCheck>[] = [];
  const located: { at: string; value: unknown }[] = [];
  mapPathArguments(ctx.args, (at, value) => {
    located.push({ at, value });
    pending.push(resolveSandboxPath(value, sandboxRoot));
    return value;
  });
  const checks = await Promise.all(pending);
  const matches = globs ? globMatcher(globs) : null;
  const paths: string[] = [];
  for (const [i, check] of checks.entries()) {
    const { at, value } = located[i]!;
    const shown = typeof value === "string" ? JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value) : String(value);
    if (!check.ok) return { ok: false, reason: `path argument ${at} (${shown}) ${check.reason}; use a path relative to the sandbox root` };
    if (matches && !matches(check.relative)) {
      return { ok: false, reason: `path ${check.relative} (argument ${at}) is outside what the policy allows ${agentId} to ${tool.name} on ${serverName}: ${globs!.join(", ")}` };
    }
    paths.push(check.relative);
  }
  let index = 0;
  const args = mapPathArguments(ctx.args, () => {
    const check = checks[index++];
    return check?.ok ? check.absolute : undefined;
  }) as Record<string, unknown>;
  return { ok: true, paths, args };
}

/** Root-relative globs; dot files only where the glob names them; "**" (or ".") also allows the root itself. */
export function globMatcher(globs: string[]): (relative: string) => boolean {
  const cleaned = globs.map((g) => g.replace(/^(\.\/)+/, "").replace(/^\/+/, "") || ".");
  const matcher = picomatch(cleaned, { dot: false });
  const rootAllowed = cleaned.some((g) => g === "**" || g === ".");
  return (relative) => (relative === "." ? rootAllowed : matcher(relative));
}

export type TResultSizeCheck = { ok: true } | { ok: false; reason: string };

export function checkResultSize(result: Pick<TToolResult, "bytes">, limits: Pick<TToolLimits, "resultBytes">): TResultSizeCheck {
  if (result.bytes <= limits.resultBytes) return { ok: true };
  const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;
  return { ok: false, reason: `the result is ${kib(result.bytes)}, over the policy's limit of ${kib(limits.resultBytes)}; ask for less (a narrower path, a range, a filter)` };
}

export { redactArguments } from "./redact";
