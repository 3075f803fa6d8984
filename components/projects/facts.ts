// Short labels for project facts where the full sentence does not fit (badges).
// Keyed by the server's fact list, so adding a fact there fails the type check here.
import { projectFacts, type TProjectFact, type TProjectSettings } from "@/server/services/projects/schemas";

export const factKeys = Object.keys(projectFacts) as TProjectFact[];

export const factShortLabels: Record<TProjectFact, string> = {
  has_ai_features: "AI features",
  needs_mobile: "Mobile app",
  enterprise_deployment: "Enterprise",
};

export function enabledFacts(settings: TProjectSettings): TProjectFact[] {
  return factKeys.filter((key) => settings.facts?.[key] === true);
}

/** "https://github.com/acme/app" → "github.com/acme/app". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
