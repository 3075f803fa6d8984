// Walk a call's routes in order: cache → budget → circuit breaker → attempts
// with backoff → next model. Returns the answer, a budget refusal, or an
// answer that did not fit its schema (for the gateway to repair); throws when
// no model could answer. Every outcome is recorded on a ModelCall row.
import type { LanguageModel, ModelMessage } from "ai";
import { countTokens } from "@/server/agents/token-count";
import { AppError } from "@/server/errors/app-error";
import { monthScope, reserveSpend, runScope, settleSpend, type TBudgetScope, type TReservation } from "@/server/services/models/budget-ledger";
import { recordModelCall, type TModelCallRecord } from "@/server/services/models/model-call-log";
import type { TCachedResponse } from "@/server/services/models/model-cache-store";
import { cacheKeyOf } from "./cache/cache-key";
import type { ResponseCache } from "./cache/response-cache";
import type { CircuitBreakers } from "./circuit-breaker";
import { costOf, microsToUsd, usdToMicros, worstCaseCostOf } from "./cost";
import { InvalidStructuredOutput, invokeModel, promptText, type TInvokeOutput } from "./invoke";
import type { TModelContext } from "./model-context";
import { involvesTools } from "./model-tools";
import type { TProviderConfig } from "./providers/provider-config";
import { classifyFailure, countsAgainstModel, delayBeforeRetry, isRetryable, type TFailure, type TRetryPolicy } from "./retry-policy";
import type { TRoute } from "./routing";
import type { TAttempt, TBudgetExceeded, TModelCallInput, TModelCallSuccess } from "./types";
import { z } from "zod";

export type TRouteDeps = {
  breakers: CircuitBreakers;
  retryPolicy: TRetryPolicy;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  modelFor: (config: TProviderConfig | "offline", model: string) => LanguageModel;
  cache: ResponseCache;
};

export type TRoutesOutcome =
  | { kind: "done"; result: TModelCallSuccess | TBudgetExceeded }
  | { kind: "invalid_output"; text: string; reason: string; ref: string; callId: string };

const DEFAULT_MAX_OUTPUT = 4_096;
const DEFAULT_TIMEOUT_MS = 120_000;

function budgetScopes(input: TModelCallInput, context: TModelContext): TBudgetScope[] {
  const month = context.settings.monthlyBudgetUsd;
  const scopes: TBudgetScope[] = [{ scope: monthScope(), capMicros: month === null ? null : usdToMicros(month), label: "workspace" }];
  if (input.runId) {
    const cap = input.runBudgetUsd !== undefined ? input.runBudgetUsd : context.settings.runBudgetUsd;
    scopes.push({ scope: runScope(input.runId), capMicros: cap === null ? null : usdToMicros(cap), label: "run" });
  }
  return scopes;
}

/** OpenAI's reasoning models (gpt-5, o-series) reject a temperature; they are not sampled that way. */
const acceptsTemperature = (route: TRoute) => !(route.provider === "openai" && /^(gpt-5|o\d)/.test(route.model));

const promptTokens = (input: TModelCallInput): number => countTokens(promptText(input));

function describeFailures(attempts: TAttempt[]): string {
  const byRef = new Map<string, string[]>();
  for (const a of attempts) if (a.outcome !== "ok") byRef.set(a.ref, [...(byRef.get(a.ref) ?? []), a.message ?? a.failure ?? a.outcome]);
  return [...byRef].map(([ref, why]) => `${ref}: ${why[why.length - 1]}${why.length > 1 ? ` (×${why.length})` : ""}`).join("; ");
}

export async function callRoutes(deps: TRouteDeps, context: TModelContext, routes: TRoute[], input: TModelCallInput): Promise<TRoutesOutcome> {
  const started = Date.now();
  const attempts: TAttempt[] = [];
  const maxOutputTokens = input.maxOutputTokens ?? DEFAULT_MAX_OUTPUT;
  const temperature = input.temperature ?? 0;
  // Tool conversations are never cached: see involvesTools for why.
  const cacheable = input.cache !== "bypass" && (temperature === 0 || context.settings.cacheNonDeterministic) && !involvesTools(input);
  const schemaJson = input.schema ? z.toJSONSchema(input.schema) : undefined;
  const base = { workspaceId: input.workspaceId, projectId: input.projectId, runId: input.runId, stepId: input.stepId, agentId: input.agentId, purpose: input.purpose ?? "agent" };
  const note = (a: TAttempt) => (attempts.push(a), input.onAttempt?.(a));
  const record = (r: Omit<TModelCallRecord, keyof typeof base | "attempts">) => recordModelCall({ ...base, ...r, attempts });

  for (const route of routes) {
    const key = cacheable ? cacheKeyOf({ ref: route.ref, system: input.system, messages: input.messages, maxOutputTokens, temperature, schema: schemaJson }) : null;
    const zero = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 };

    if (key) {
      const hit = await deps.cache.get(input.workspaceId, key);
      if (hit) {
        const r = hit.response;
        note({ ref: route.ref, attempt: 0, outcome: "cached", waitedMs: 0, latencyMs: 0 });
        const latencyMs = Date.now() - started;
        const callId = await record({ status: "ok", provider: r.provider, model: r.model, ...r.usage, costMicros: 0, savedMicros: r.costMicros, priced: true, latencyMs, cacheHit: true, cacheLevel: hit.level });
        const responseMessages: ModelMessage[] = [{ role: "assistant", content: [{ type: "text", text: r.text }] }];
        const result: TModelCallSuccess = { ok: true, callId, text: r.text, object: r.object, toolCalls: [], responseMessages, provider: r.provider, model: r.model, ref: route.ref, offline: r.provider === "offline", usage: r.usage, costUsd: 0, priced: true, latencyMs, cache: { hit: true, level: hit.level }, attempts };
        return { kind: "done", result };
      }
    }

    // Reserve the worst case before calling; a call that would cross a cap is not made.
    const estimate = worstCaseCostOf(route.provider, route.model, promptTokens(input), maxOutputTokens);
    let reservation: TReservation = { workspaceId: input.workspaceId, scopes: [], micros: 0 };
    if (estimate > 0) {
      const reserved = await reserveSpend(input.workspaceId, budgetScopes(input, context), estimate);
      if (!reserved.ok) {
        const { refusal } = reserved;
        const callId = await record({ status: "budget_exceeded", provider: route.provider, model: route.model, ...zero, costMicros: 0, savedMicros: 0, priced: true, latencyMs: Date.now() - started, cacheHit: false, cacheLevel: null, error: `${refusal.label} budget` });
        const capUsd = microsToUsd(refusal.capMicros);
        const spentUsd = microsToUsd(refusal.spentMicros + refusal.reservedMicros);
        const message = `This call could cost up to $${microsToUsd(estimate).toFixed(4)}, which would take the ${refusal.label === "run" ? "run" : "workspace's monthly"} spend ($${spentUsd.toFixed(4)}) past its cap of $${capUsd.toFixed(2)}.`;
        return { kind: "done", result: { ok: false, code: "BUDGET_EXCEEDED", callId, scope: refusal.label, capUsd, spentUsd, estimateUsd: microsToUsd(estimate), message } };
      }
      reservation = reserved.reservation;
    }

    if (!deps.breakers.tryAcquire(route.ref)) {
      await settleSpend(reservation, 0);
      note({ ref: route.ref, attempt: 0, outcome: "skipped", waitedMs: 0, latencyMs: 0, message: `circuit open, retrying this model in ${Math.ceil(deps.breakers.retryInMs(route.ref) / 1000)} s`, fallback: "circuit open" });
      continue;
    }

    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      const attemptStart = Date.now();
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new DOMException("timeout", "TimeoutError")), input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      const signal = input.signal ? AbortSignal.any([input.signal, timeout.signal]) : timeout.signal;
      let failure: TFailure;
      try {
        const out = await invokeModel({ model: deps.modelFor(route.config, route.model), system: input.system, messages: input.messages, maxOutputTokens, temperature: acceptsTemperature(route) ? temperature : undefined, schema: input.schema, tools: input.tools, onDelta: input.onDelta, signal });
        deps.breakers.recordSuccess(route.ref);
        return await succeed(route, attempt, attemptStart, waitedMs, out, key, reservation);
      } catch (error) {
        if (error instanceof InvalidStructuredOutput) {
          deps.breakers.recordSuccess(route.ref);
          const cost = costOf(route.provider, route.model, error.usage);
          await settleSpend(reservation, cost.micros);
          note({ ref: route.ref, attempt, outcome: "failed", waitedMs, latencyMs: Date.now() - attemptStart, message: "answer did not match the schema" });
          const callId = await record({ status: "error", provider: route.provider, model: route.model, ...error.usage, costMicros: cost.micros, savedMicros: 0, priced: cost.priced, latencyMs: Date.now() - started, cacheHit: false, cacheLevel: null, error: error.message });
          return { kind: "invalid_output", text: error.text, reason: error.reason, ref: route.ref, callId };
        }
        failure = classifyFailure(error, timeout.signal.aborted && !input.signal?.aborted);
      } finally {
        clearTimeout(timer);
      }

      const entry: TAttempt = { ref: route.ref, attempt, outcome: "failed", failure: failure.kind, httpStatus: failure.status, message: failure.message.slice(0, 300), waitedMs, latencyMs: Date.now() - attemptStart };
      if (countsAgainstModel(failure)) deps.breakers.recordFailure(route.ref);
      else deps.breakers.release(route.ref);

      if (failure.kind === "aborted" || failure.kind === "bad_request") {
        note(entry);
        await settleSpend(reservation, 0);
        await record({ status: "error", provider: route.provider, model: route.model, ...zero, costMicros: 0, savedMicros: 0, priced: true, latencyMs: Date.now() - started, cacheHit: false, cacheLevel: null, error: failure.message.slice(0, 1000) });
        if (failure.kind === "aborted") throw new AppError("MODEL_UNAVAILABLE", "The model call was cancelled.", { attempts });
        throw new AppError("MODEL_REJECTED", `${route.ref} rejected the request: ${failure.message.slice(0, 500)}`, { attempts });
      }

      const delay = isRetryable(failure) && attempt < deps.retryPolicy.maxAttempts && deps.breakers.state(route.ref) === "closed" ? delayBeforeRetry(deps.retryPolicy, attempt, failure) : null;
      if (delay === null) {
        entry.fallback = !isRetryable(failure) ? "model unusable" : deps.breakers.state(route.ref) !== "closed" ? "circuit opened" : attempt >= deps.retryPolicy.maxAttempts ? "retries exhausted" : "Retry-After too long";
        note(entry);
        await settleSpend(reservation, 0);
        break;
      }
      note(entry);
      await deps.sleep(delay, input.signal);
      waitedMs = delay;
    }
  }

  await record({ status: "error", provider: routes[0]?.provider ?? "none", model: routes[0]?.model ?? "none", inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, costMicros: 0, savedMicros: 0, priced: true, latencyMs: Date.now() - started, cacheHit: false, cacheLevel: null, error: describeFailures(attempts).slice(0, 1000) });
  throw new AppError("MODEL_UNAVAILABLE", `No model could answer. ${describeFailures(attempts)}`, { attempts });

  async function succeed(route: TRoute, attempt: number, attemptStart: number, waitedMs: number, answer: TInvokeOutput, key: string | null, reservation: TReservation): Promise<TRoutesOutcome> {
    const { text, object, usage, toolCalls, responseMessages } = answer;
    const cost = costOf(route.provider, route.model, usage);
    note({ ref: route.ref, attempt, outcome: "ok", waitedMs, latencyMs: Date.now() - attemptStart });
    const latencyMs = Date.now() - started;
    const cached: TCachedResponse = { text, object, provider: route.provider, model: route.model, usage, costMicros: cost.micros };
    // Independent writes: settle the budget, fill the cache, record the call.
    const [, , callId] = await Promise.all([
      settleSpend(reservation, cost.micros),
      key ? deps.cache.set(input.workspaceId, key, cached, context.settings.cacheTtlSeconds) : undefined,
      record({ status: "ok", provider: route.provider, model: route.model, ...usage, costMicros: cost.micros, savedMicros: 0, priced: cost.priced, latencyMs, cacheHit: false, cacheLevel: null }),
    ]);
    const result: TModelCallSuccess = { ok: true, callId, text, object, toolCalls, responseMessages, provider: route.provider, model: route.model, ref: route.ref, offline: route.provider === "offline", usage, costUsd: microsToUsd(cost.micros), priced: cost.priced, latencyMs, cache: { hit: false, level: null }, attempts };
    return { kind: "done", result };
  }
}
