// The gateway's request and result shapes, shared by callers (the workflow
// engine, the settings "test" button, the REST API).
import type { ModelMessage } from "ai";
import type { z } from "zod";
import type { TFailureKind } from "./retry-policy";
import type { TModelTier } from "./tiers";

export type TModelCallInput = {
  workspaceId: string;
  projectId?: string | null;
  runId?: string | null;
  stepId?: string | null;
  agentId?: string | null;
  purpose?: "agent" | "repair" | "chat" | "test";
  tier?: TModelTier;
  /** provider:model chosen by a run or step; tried before the tier's list. */
  model?: string;
  system?: string;
  messages: ModelMessage[];
  maxOutputTokens?: number;
  /** Defaults to 0: agent work should be repeatable, and only then is it cacheable. */
  temperature?: number;
  /** Structured output: the answer must parse into this schema (one repair attempt). Not with `tools`. */
  schema?: z.ZodType;
  /**
   * Tools the model may call. The gateway never runs them: the answer lists the model's calls in
   * `toolCalls`; the caller runs them, appends `responseMessages` and a `tool` message with the
   * results to `messages`, and calls again. Calls with tools (or tool messages) skip the response cache.
   */
  tools?: TModelToolSpec[];
  /** Streamed text. A retry or fallback starts the text again: see onAttempt. */
  onDelta?: (delta: string) => void;
  /** Every attempt as it ends, for the step view (attempts, waits, fallbacks). */
  onAttempt?: (attempt: TAttempt) => void;
  signal?: AbortSignal;
  /** Per attempt. */
  timeoutMs?: number;
  cache?: "default" | "bypass";
  /** Cap for this run, overriding the workspace's per-run default. */
  runBudgetUsd?: number | null;
};

/** A tool offered to the model. `name` must match ^[a-zA-Z0-9_-]{1,64}$ (what every provider accepts). */
export type TModelToolSpec = {
  name: string;
  description: string;
  /** JSON Schema of the arguments: an object schema, as MCP servers declare them. */
  inputSchema: Record<string, unknown>;
};

/** A call the model asked for; `input` is the parsed JSON arguments. */
export type TModelToolCall = { toolCallId: string; toolName: string; input: unknown };

export type TAttempt = {
  ref: string;
  attempt: number;
  outcome: "ok" | "failed" | "skipped" | "cached";
  failure?: TFailureKind;
  httpStatus?: number;
  message?: string;
  /** How long the gateway waited before this attempt. */
  waitedMs: number;
  latencyMs: number;
  /** Why the gateway moved on to the next model after this attempt. */
  fallback?: string;
};

export type TModelUsage = { inputTokens: number; outputTokens: number; cachedInputTokens: number };

export type TModelCallSuccess = {
  ok: true;
  callId: string;
  text: string;
  object?: unknown;
  /** The tools the model asked to call, in order; empty when it answered in text only. */
  toolCalls: TModelToolCall[];
  /**
   * What to append to `messages` before the next round, exactly as the AI SDK gives it
   * (`response.messages`): the assistant message with its text and tool-call parts. Calls the SDK
   * could not parse (unknown tool, unparsable arguments) are not in `toolCalls`; the SDK has
   * already answered them here with an error result.
   */
  responseMessages: ModelMessage[];
  provider: string;
  model: string;
  ref: string;
  /** True when the deterministic offline model answered: label it wherever it is shown. */
  offline: boolean;
  usage: TModelUsage;
  costUsd: number;
  priced: boolean;
  latencyMs: number;
  cache: { hit: boolean; level: "l1" | "l2" | "l3" | null };
  attempts: TAttempt[];
};

export type TBudgetExceeded = {
  ok: false;
  code: "BUDGET_EXCEEDED";
  callId: string;
  scope: "workspace" | "run";
  capUsd: number;
  spentUsd: number;
  estimateUsd: number;
  message: string;
};

export type TModelCallResult = TModelCallSuccess | TBudgetExceeded;
