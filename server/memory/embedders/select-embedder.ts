// The deployment's embedder: OpenAI when OPENAI_API_KEY is set, an
// OpenAI-compatible server's embedding model when OPENAI_COMPATIBLE_EMBEDDING_MODEL
// is set, otherwise the lexical embedder (no model, labelled offline).
import { env } from "@/server/env";
import type { TEmbedder } from "./embedder";
import { lexicalEmbedder } from "./lexical-embedder";
import { compatibleEmbedder, openAiEmbedder } from "./model-embedder";

let chosen: TEmbedder | null = null;

export function getEmbedder(): TEmbedder {
  if (chosen) return chosen;
  if (env.OPENAI_API_KEY) chosen = openAiEmbedder(env.OPENAI_API_KEY, env.OPENAI_BASE_URL);
  else if (env.OPENAI_COMPATIBLE_BASE_URL && env.OPENAI_COMPATIBLE_EMBEDDING_MODEL) chosen = compatibleEmbedder(env.OPENAI_COMPATIBLE_BASE_URL, env.OPENAI_COMPATIBLE_EMBEDDING_MODEL, env.OPENAI_COMPATIBLE_API_KEY);
  else chosen = lexicalEmbedder;
  return chosen;
}

/** Tests switch embedders (e.g. to exercise a re-index); null goes back to the configured one. */
export function setEmbedder(next: TEmbedder | null): void {
  chosen = next;
}
