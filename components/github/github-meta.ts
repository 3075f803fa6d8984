// How GitHub things read in Settings → GitHub: review states and verdicts,
// delivery outcomes, and where an installation is managed on GitHub.
import type { BadgeProps } from "@/components/ui/badge";

type TBadge = { label: string; variant: NonNullable<BadgeProps["variant"]> };

export const reviewStatusBadges: Record<string, TBadge> = {
  queued: { label: "Queued", variant: "secondary" },
  running: { label: "Running", variant: "info" },
  completed: { label: "Completed", variant: "success" },
  skipped: { label: "Skipped", variant: "secondary" },
  superseded: { label: "Superseded", variant: "secondary" },
  failed: { label: "Failed", variant: "destructive" },
};

export const verdictBadges: Record<string, TBadge> = {
  clean: { label: "Clean", variant: "success" },
  comments: { label: "Comments", variant: "warning" },
  blocking: { label: "Blocking", variant: "destructive" },
};

export const deliveryOutcomeBadges: Record<string, TBadge> = {
  accepted: { label: "Accepted", variant: "success" },
  ignored: { label: "Ignored", variant: "secondary" },
  ping: { label: "Ping", variant: "info" },
};

export function badgeOf(table: Record<string, TBadge>, value: string): TBadge {
  return table[value] ?? { label: value, variant: "outline" };
}

/** The installation's page on GitHub, where repositories are chosen and the app is uninstalled. */
export function installationSettingsUrl(githubUrl: string, installation: { installationId: string; accountLogin: string | null; accountType: string | null }): string {
  if (installation.accountType === "Organization" && installation.accountLogin) {
    return `${githubUrl}/organizations/${encodeURIComponent(installation.accountLogin)}/settings/installations/${installation.installationId}`;
  }
  return `${githubUrl}/settings/installations/${installation.installationId}`;
}

export const shortSha = (sha: string | null) => (sha ? sha.slice(0, 7) : "—");
