// Test harness for the model gateway: a workspace whose provider keys point at
// the local fake LLM server, and a gateway with short waits so retry and
// breaker behaviour runs in milliseconds.
import { CircuitBreakers } from "@/server/models/circuit-breaker";
import { ResponseCache } from "@/server/models/cache/response-cache";
import { createGateway } from "@/server/models/gateway";
import { invalidateModelContext } from "@/server/models/model-context";
import type { TKeyValueStore } from "@/server/redis/client";
import { readCachedResponse, writeCachedResponse } from "@/server/services/models/model-cache-store";
import { updateModelSettings } from "@/server/services/models/model-settings";
import { setProviderCredential } from "@/server/services/models/provider-credentials";
import type { TUpdateModelSettingsInput } from "@/server/services/models/schemas";
import { makeWorkspace } from "@/server/testing/fixtures";
import { offlineAnswer } from "@/server/models/providers/offline/agent-answer";
import type { FakeLlmServer, FakeReply, RecordedRequest } from "./fake-llm-server";

export function testGateway(options: { l2?: TKeyValueStore | null; threshold?: number; coolDownMs?: number } = {}) {
  const sleeps: number[] = [];
  const gateway = createGateway({
    breakers: new CircuitBreakers({ threshold: options.threshold ?? 5, coolDownMs: options.coolDownMs ?? 60_000 }),
    retryPolicy: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
      await new Promise((r) => setTimeout(r, ms));
    },
    cache: new ResponseCache(options.l2 ?? null, { read: readCachedResponse, write: writeCachedResponse }),
  });
  return { gateway, sleeps };
}

/** A workspace using the fake server for OpenAI and Anthropic, with the given settings. */
export async function workspaceOnFakeServer(fake: FakeLlmServer, settings: TUpdateModelSettingsInput = {}) {
  const ws = await makeWorkspace("Gateway");
  const scope = { workspaceId: ws.workspace.id, actor: null };
  await setProviderCredential(scope, { provider: "openai", apiKey: "sk-test-openai", baseUrl: fake.openaiBaseUrl });
  await setProviderCredential(scope, { provider: "anthropic", apiKey: "sk-test-anthropic", baseUrl: fake.anthropicBaseUrl });
  await updateModelSettings(scope, settings);
  invalidateModelContext(scope.workspaceId);
  return { ...ws, scope, workspaceId: ws.workspace.id };
}

/**
 * A fake-server reply that behaves like a model following the response
 * contract: the offline model's well-formed answer to the request's prompt
 * (OpenAI wire format), optionally after a delay.
 */
export function modelLikeReply(usage: { input: number; output: number }, delayMs = 0): (req: RecordedRequest) => FakeReply {
  return (req) => {
    const messages = (req.body.messages ?? []) as { role: string; content: string }[];
    const system = messages.filter((m) => m.role === "system").map((m) => m.content).join("\n");
    const user = messages.filter((m) => m.role === "user").map((m) => m.content).join("\n");
    const reply = { text: offlineAnswer({ system, user, seed: user }), usage };
    return delayMs > 0 ? { delayMs, then: reply } : reply;
  };
}
