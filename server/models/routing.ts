// Which models a call may use, in order: the step's explicit model (if any),
// then the tier's list — the workspace's own list when it set one, otherwise
// the defaults of every configured provider. With no provider configured the
// only route is the offline model; with one configured, the offline model is
// never used unless asked for by name.
import { AppError } from "@/server/errors/app-error";
import type { TProviderConfig, TProviderId } from "./providers/provider-config";
import { defaultTierModels, OFFLINE_MODEL_REF, type TModelTier } from "./tiers";

export type TRoute = { provider: TProviderId; model: string; ref: string; config: TProviderConfig | "offline" };
export type TTierModels = Partial<Record<TModelTier, string[]>>;

export function parseModelRef(ref: string): { provider: TProviderId; model: string } {
  const at = ref.indexOf(":");
  const provider = ref.slice(0, at);
  const model = ref.slice(at + 1);
  if (at < 1 || !model || !["openai", "anthropic", "compatible", "offline"].includes(provider)) {
    throw new AppError("INVALID_INPUT", `"${ref}" is not a model reference: write provider:model, e.g. openai:gpt-5-mini or anthropic:claude-sonnet-4-5.`);
  }
  return { provider: provider as TProviderId, model };
}

function defaultRefs(tier: TModelTier, providers: TProviderConfig[]): string[] {
  return providers.flatMap((p) => {
    if (p.provider === "compatible") {
      const model = p.tierModels?.[tier];
      return model ? [`compatible:${model}`] : [];
    }
    return defaultTierModels[p.provider][tier].map((m) => `${p.provider}:${m}`);
  });
}

export type TRoutingInput = {
  tier: TModelTier;
  providers: TProviderConfig[];
  workspaceTierModels?: TTierModels;
  /** A run's or step's explicit choice, tried first. */
  model?: string;
};

export function routesFor(input: TRoutingInput): TRoute[] {
  const byProvider = new Map(input.providers.map((p) => [p.provider as TProviderId, p]));
  const toRoute = (ref: string): TRoute | null => {
    const { provider, model } = parseModelRef(ref);
    if (provider === "offline") return { provider, model, ref, config: "offline" };
    const config = byProvider.get(provider);
    return config ? { provider, model, ref, config } : null;
  };

  if (input.model) {
    const explicit = toRoute(input.model);
    if (!explicit) throw new AppError("INVALID_INPUT", `The model ${input.model} needs the ${parseModelRef(input.model).provider} provider, which is not configured.`);
    if (explicit.provider === "offline") return [explicit];
  }
  if (input.providers.length === 0) return [toRoute(OFFLINE_MODEL_REF)!];

  const configured = input.workspaceTierModels?.[input.tier]?.length ? input.workspaceTierModels[input.tier]! : defaultRefs(input.tier, input.providers);
  const refs = [...new Set([...(input.model ? [input.model] : []), ...configured])];
  const routes = refs.map(toRoute).filter((r): r is TRoute => r !== null && r.provider !== "offline");
  if (routes.length === 0) {
    throw new AppError("INVALID_INPUT", `No configured provider serves the ${input.tier} tier: set its models in Settings → Models.`);
  }
  return routes;
}
