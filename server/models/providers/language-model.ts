// Turns a provider config and a model id into an AI SDK language model. SDK
// clients are kept per config, since creating one per call is wasteful.
// OpenAI goes through Chat Completions (the widest-compatible API, and what
// OpenAI-compatible servers speak too).
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { createOfflineModel } from "./offline/offline-model";
import type { TProviderConfig } from "./provider-config";

type TClient = (model: string) => LanguageModel;
const clients = new Map<string, TClient>();

function clientFor(config: TProviderConfig): TClient {
  const cacheKey = JSON.stringify([config.provider, config.apiKey, config.baseUrl]);
  const known = clients.get(cacheKey);
  if (known) return known;
  let client: TClient;
  if (config.provider === "openai") {
    const openai = createOpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl });
    client = (model) => openai.chat(model);
  } else if (config.provider === "anthropic") {
    const anthropic = createAnthropic({ apiKey: config.apiKey, baseURL: config.baseUrl });
    client = (model) => anthropic(model);
  } else {
    const compatible = createOpenAICompatible({
      name: "compatible",
      baseURL: config.baseUrl ?? "http://127.0.0.1:11434/v1",
      apiKey: config.apiKey,
      includeUsage: true,
      supportsStructuredOutputs: true,
    });
    client = (model) => compatible.chatModel(model);
  }
  clients.set(cacheKey, client);
  return client;
}

export function languageModelFor(config: TProviderConfig | "offline", model: string): LanguageModel {
  if (config === "offline") return createOfflineModel(model);
  return clientFor(config)(model);
}
