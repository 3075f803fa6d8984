// Model tiers and the default models behind them, per provider, best first.
// An agent's tier picks the list; the gateway walks it on outage.
import type { TRealProvider } from "./providers/provider-config";

export const modelTierIds = ["fast", "balanced", "deep"] as const;
export type TModelTier = (typeof modelTierIds)[number];

export const defaultTierModels: Record<Exclude<TRealProvider, "compatible">, Record<TModelTier, string[]>> = {
  openai: {
    fast: ["gpt-5-mini", "gpt-4.1-mini"],
    balanced: ["gpt-5", "gpt-4.1"],
    deep: ["gpt-5", "o3"],
  },
  anthropic: {
    fast: ["claude-haiku-4-5", "claude-3-5-haiku-latest"],
    balanced: ["claude-sonnet-4-5", "claude-sonnet-4-0"],
    deep: ["claude-opus-4-5", "claude-opus-4-1"],
  },
};

export const OFFLINE_MODEL_REF = "offline:offline-model";
