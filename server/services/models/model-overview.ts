// What Settings → Models shows: which providers are configured (deployment or
// workspace key), the models each tier will use in order with their prices,
// and whether agents are answering with the offline model.
import { priceOf } from "@/server/models/price-table";
import { deploymentProviders, mergeProviders, realProviders } from "@/server/models/providers/provider-config";
import { routesFor } from "@/server/models/routing";
import { modelTierIds } from "@/server/models/tiers";
import type { TWorkspaceScope } from "../shared/scope";
import { getModelSettings } from "./model-settings";
import { listProviderCredentials, workspaceProviderConfigs } from "./provider-credentials";

export async function getModelOverview(scope: TWorkspaceScope) {
  const [settings, credentials, own] = await Promise.all([
    getModelSettings(scope.workspaceId),
    listProviderCredentials(scope),
    workspaceProviderConfigs(scope.workspaceId),
  ]);
  const deployment = deploymentProviders();
  const providers = mergeProviders(deployment, own);

  const tiers = modelTierIds.map((tier) => {
    try {
      const routes = routesFor({ tier, providers, workspaceTierModels: settings.tierModels });
      return {
        tier,
        custom: Boolean(settings.tierModels[tier]?.length),
        problem: null,
        models: routes.map((r) => ({ ref: r.ref, provider: r.provider, model: r.model, price: priceOf(r.provider, r.model) })),
      };
    } catch (error) {
      return { tier, custom: Boolean(settings.tierModels[tier]?.length), problem: error instanceof Error ? error.message : String(error), models: [] };
    }
  });

  return {
    offline: providers.length === 0,
    providers: realProviders.map((provider) => {
      const credential = credentials.find((c) => c.provider === provider) ?? null;
      const fromDeployment = deployment.some((d) => d.provider === provider);
      return { provider, configured: Boolean(credential) || fromDeployment, source: credential ? ("workspace" as const) : fromDeployment ? ("deployment" as const) : null, credential };
    }),
    tiers,
    settings,
  };
}

export type TModelOverview = Awaited<ReturnType<typeof getModelOverview>>;
