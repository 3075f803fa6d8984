// Embeddings from a real model through the AI SDK: OpenAI's
// text-embedding-3-small shortened to 384 dimensions, or an OpenAI-compatible
// server's model that outputs 384 (e.g. all-MiniLM-L6-v2 or bge-small).
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { embedMany, type EmbeddingModel } from "ai";
import { MEMORY_DIMENSIONS } from "../vectors/vector-store";
import { normalise, type TEmbedder } from "./embedder";

function fromModel(name: string, label: string, model: EmbeddingModel, providerOptions?: Record<string, Record<string, number>>): TEmbedder {
  return {
    name,
    label,
    offline: false,
    dimensions: MEMORY_DIMENSIONS,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({ model, values: texts, abortSignal: signal, maxParallelCalls: 2, providerOptions });
      return embeddings.map((e) => {
        if (e.length !== MEMORY_DIMENSIONS) throw new Error(`The embedding model ${name} returned ${e.length} dimensions; memory needs ${MEMORY_DIMENSIONS}.`);
        return normalise(e);
      });
    },
  };
}

export function openAiEmbedder(apiKey: string, baseURL?: string, model = "text-embedding-3-small"): TEmbedder {
  const openai = createOpenAI({ apiKey, baseURL });
  return fromModel(`openai:${model}@${MEMORY_DIMENSIONS}`, `OpenAI ${model}`, openai.textEmbeddingModel(model), { openai: { dimensions: MEMORY_DIMENSIONS } });
}

export function compatibleEmbedder(baseURL: string, model: string, apiKey?: string): TEmbedder {
  const provider = createOpenAICompatible({ name: "compatible", baseURL, apiKey });
  return fromModel(`compatible:${model}`, model, provider.textEmbeddingModel(model));
}
