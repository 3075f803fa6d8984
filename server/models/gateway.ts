// The model gateway: every agent call goes through `callModel`. It picks the
// route (tier → models), serves from the response cache, reserves budget,
// retries with backoff, falls back to the next model, keeps a circuit breaker
// per model, and records the call with its cost on a ModelCall row. Tools are
// passed to the model and its calls handed back (model-tools.ts); running them
// and looping is the caller's job.
import type { ModelMessage } from "ai";
import { AppError } from "@/server/errors/app-error";
import { getRedis } from "@/server/redis/client";
import { readCachedResponse, writeCachedResponse } from "@/server/services/models/model-cache-store";
import { CircuitBreakers } from "./circuit-breaker";
import { ResponseCache } from "./cache/response-cache";
import { getModelContext, type TModelContext } from "./model-context";
import { languageModelFor } from "./providers/language-model";
import { defaultRetryPolicy, type TRetryPolicy } from "./retry-policy";
import { callRoutes, type TRouteDeps } from "./call-routes";
import { assertValidTools } from "./model-tools";
import { routesFor } from "./routing";
import type { TModelCallInput, TModelCallResult } from "./types";

export type TGatewayDeps = Omit<TRouteDeps, "cache"> & {
  cache: ResponseCache;
  getContext: (workspaceId: string) => Promise<TModelContext>;
};

export type TModelGateway = {
  callModel(input: TModelCallInput): Promise<TModelCallResult>;
  deps: TGatewayDeps;
};

const abortableSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export function createGateway(overrides: Partial<TGatewayDeps> = {}): TModelGateway {
  const deps: TGatewayDeps = {
    breakers: new CircuitBreakers({ threshold: 5, coolDownMs: 30_000 }),
    retryPolicy: defaultRetryPolicy satisfies TRetryPolicy,
    sleep: abortableSleep,
    modelFor: languageModelFor,
    cache: new ResponseCache(getRedis(), { read: readCachedResponse, write: writeCachedResponse }),
    getContext: getModelContext,
    ...overrides,
  };

  async function callOnce(input: TModelCallInput) {
    const context = await deps.getContext(input.workspaceId);
    const routes = routesFor({ tier: input.tier ?? "balanced", providers: context.providers, workspaceTierModels: context.settings.tierModels, model: input.model });
    return callRoutes(deps, context, routes, input);
  }

  async function callModel(input: TModelCallInput): Promise<TModelCallResult> {
    assertValidTools(input);
    const first = await callOnce(input);
    if (first.kind !== "invalid_output") return first.result;
    if (!input.schema) throw new Error("invalid output without a schema");

    // One repair: show the model its answer and what was wrong, on the model that gave it.
    const repairMessages: ModelMessage[] = [
      ...input.messages,
      { role: "assistant", content: first.text },
      {
        role: "user",
        content: `Your answer did not match the required JSON schema: ${first.reason}\nReply again with only the corrected JSON object, nothing else.`,
      },
    ];
    const second = await callOnce({ ...input, purpose: "repair", model: first.ref, messages: repairMessages, onDelta: undefined });
    if (second.kind === "invalid_output") {
      throw new AppError("MODEL_OUTPUT_INVALID", `The model's answer did not match the required structure, even after one repair: ${second.reason}`, {
        callIds: [first.callId, second.callId],
      });
    }
    return second.result;
  }

  return { callModel, deps };
}

// One gateway per process (one set of circuit breakers, one L1 cache), shared across bundles.
const holder = ((globalThis as { __coralGateway?: { gateway: TModelGateway | null } }).__coralGateway ??= { gateway: null });

export function getGateway(): TModelGateway {
  return (holder.gateway ??= createGateway());
}
