// Which model providers a workspace can use: the deployment's (from env) and
// the workspace's own keys (from settings, decrypted by the caller). A
// workspace key replaces the deployment's for that provider.
import { env } from "@/server/env";
import type { TModelTier } from "../tiers";

export const realProviders = ["openai", "anthropic", "compatible"] as const;
export type TRealProvider = (typeof realProviders)[number];
export type TProviderId = TRealProvider | "offline";

export type TProviderConfig = {
  provider: TRealProvider;
  apiKey?: string;
  baseUrl?: string;
  source: "deployment" | "workspace";
  /** For OpenAI-compatible servers, which we cannot price or list: the model per tier. */
  tierModels?: Partial<Record<TModelTier, string>>;
};

/** OPENAI_COMPATIBLE_MODELS: "llama3.1" (every tier) or "fast=llama3.2:3b,balanced=qwen2.5:14b,deep=qwen2.5:32b". */
export function parseCompatibleModels(raw: string | undefined): Partial<Record<TModelTier, string>> {
  if (!raw) return {};
  const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1 && !parts[0]!.includes("=")) return { fast: parts[0], balanced: parts[0], deep: parts[0] };
  const out: Partial<Record<TModelTier, string>> = {};
  for (const part of parts) {
    const [tier, model] = part.split("=").map((s) => s.trim());
    if ((tier === "fast" || tier === "balanced" || tier === "deep") && model) out[tier] = model;
    else throw new Error(`OPENAI_COMPATIBLE_MODELS: "${part}" is not tier=model (tiers: fast, balanced, deep).`);
  }
  return out;
}

type TProviderEnv = Partial<Record<"OPENAI_API_KEY" | "OPENAI_BASE_URL" | "ANTHROPIC_API_KEY" | "ANTHROPIC_BASE_URL" | "OPENAI_COMPATIBLE_BASE_URL" | "OPENAI_COMPATIBLE_API_KEY" | "OPENAI_COMPATIBLE_MODELS", string>>;

export function deploymentProviders(source: TProviderEnv = env): TProviderConfig[] {
  const out: TProviderConfig[] = [];
  if (source.OPENAI_API_KEY) out.push({ provider: "openai", apiKey: source.OPENAI_API_KEY, baseUrl: source.OPENAI_BASE_URL, source: "deployment" });
  if (source.ANTHROPIC_API_KEY) out.push({ provider: "anthropic", apiKey: source.ANTHROPIC_API_KEY, baseUrl: source.ANTHROPIC_BASE_URL, source: "deployment" });
  if (source.OPENAI_COMPATIBLE_BASE_URL)
    out.push({
      provider: "compatible",
      apiKey: source.OPENAI_COMPATIBLE_API_KEY,
      baseUrl: source.OPENAI_COMPATIBLE_BASE_URL,
      source: "deployment",
      tierModels: parseCompatibleModels(source.OPENAI_COMPATIBLE_MODELS),
    });
  return out;
}

/** Workspace keys override the deployment's, provider by provider. */
export function mergeProviders(deployment: TProviderConfig[], workspace: TProviderConfig[]): TProviderConfig[] {
  const byProvider = new Map<TRealProvider, TProviderConfig>();
  for (const p of deployment) byProvider.set(p.provider, p);
  for (const p of workspace) {
    const base = byProvider.get(p.provider);
    byProvider.set(p.provider, { ...p, tierModels: p.tierModels ?? base?.tierModels });
  }
  return realProviders.flatMap((id) => (byProvider.has(id) ? [byProvider.get(id)!] : []));
}
