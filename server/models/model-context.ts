// What the gateway needs to know about a workspace before a call: its model
// settings and the providers it may use. Read from the database and kept for a
// few seconds, since a workflow makes many calls in a row; saving settings
// drops the entry at once.
import { getModelSettings, type TModelSettings } from "@/server/services/models/model-settings";
import { workspaceProviderConfigs } from "@/server/services/models/provider-credentials";
import { deploymentProviders, mergeProviders, type TProviderConfig } from "./providers/provider-config";

export type TModelContext = { settings: TModelSettings; providers: TProviderConfig[] };

const TTL_MS = 5_000;
const entries = new Map<string, { value: Promise<TModelContext>; at: number }>();

export function getModelContext(workspaceId: string): Promise<TModelContext> {
  const known = entries.get(workspaceId);
  if (known && Date.now() - known.at < TTL_MS) return known.value;
  const value = (async () => {
    const [settings, own] = await Promise.all([getModelSettings(workspaceId), workspaceProviderConfigs(workspaceId)]);
    return { settings, providers: mergeProviders(deploymentProviders(), own) };
  })();
  value.catch(() => entries.delete(workspaceId));
  entries.set(workspaceId, { value, at: Date.now() });
  return value;
}

export function invalidateModelContext(workspaceId?: string): void {
  if (workspaceId) entries.delete(workspaceId);
  else entries.clear();
}
