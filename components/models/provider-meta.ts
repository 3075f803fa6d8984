// How model providers and tiers read in the UI: names, what each provider is,
// the env vars a deployment configures it with, and model references.
import type { TRealProvider } from "@/server/models/providers/provider-config";
import type { TModelTier } from "@/server/models/tiers";

export const providerLabels: Record<string, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  compatible: "OpenAI-compatible",
  offline: "Offline",
};

export function providerLabel(provider: string): string {
  return providerLabels[provider] ?? provider;
}

export const providerDescriptions: Record<TRealProvider, string> = {
  openai: "GPT-5 and GPT-4.1 models through the OpenAI API.",
  anthropic: "Claude Haiku, Sonnet and Opus through the Anthropic API.",
  compatible: "Any server that speaks the OpenAI API: Ollama, vLLM, LM Studio, LiteLLM…",
};

export const providerEnv: Record<TRealProvider, string> = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  compatible: "OPENAI_COMPATIBLE_BASE_URL",
};

export const keyPlaceholders: Record<TRealProvider, string> = {
  openai: "sk-…",
  anthropic: "sk-ant-…",
  compatible: "Only if your server asks for one",
};

export const baseUrlPlaceholders: Record<TRealProvider, string> = {
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
  compatible: "http://localhost:11434/v1",
};

export const tierTitles: Record<TModelTier, string> = { fast: "Fast", balanced: "Balanced", deep: "Deep" };

export const tierHints: Record<TModelTier, string> = {
  fast: "Quick, inexpensive work: summaries, checks, small edits.",
  balanced: "Most agents: quality and cost in balance.",
  deep: "Architecture and reviews that need the most capable model.",
};

/** Same rule as the server's ZModelRef: a configured provider, a colon, a model id. */
export const MODEL_REF_PATTERN = /^(openai|anthropic|compatible):\S+$/;
export const MAX_TIER_MODELS = 6;

/** "openai:gpt-5-mini" → { provider: "openai", model: "gpt-5-mini" }. */
export function splitRef(ref: string): { provider: string; model: string } {
  const at = ref.indexOf(":");
  return at < 0 ? { provider: "", model: ref } : { provider: ref.slice(0, at), model: ref.slice(at + 1) };
}
