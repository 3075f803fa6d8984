// What Settings → GitHub needs before anything is connected: whether this
// server holds the app's credentials, the app's public page, and the URLs,
// permissions and events to enter when creating the app by hand.
import { githubAppSettings } from "@/server/github/settings";
import { isGitHubAppConfigured } from "./github-app-api";
import { githubCallbackUrls, githubWebUrl, isPrivateOrigin, type TGitHubCallbackUrls } from "./github-urls";
import { githubAppEvents, githubAppPermissions } from "./schemas";

export type TGitHubSetupStatus = {
  configured: boolean;
  /** github.com/apps/<slug>, when the slug is known. */
  appUrl: string | null;
  githubUrl: string;
  urls: TGitHubCallbackUrls;
  /** This server's address is one GitHub cannot reach (webhooks would never arrive). */
  privateOrigin: boolean;
  permissions: typeof githubAppPermissions;
  events: typeof githubAppEvents;
};

export function githubSetupStatus(origin: string): TGitHubSetupStatus {
  const { appSlug } = githubAppSettings();
  const githubUrl = githubWebUrl();
  return {
    configured: isGitHubAppConfigured() && Boolean(appSlug),
    appUrl: appSlug ? `${githubUrl}/apps/${encodeURIComponent(appSlug)}` : null,
    githubUrl,
    urls: githubCallbackUrls(origin),
    privateOrigin: isPrivateOrigin(origin),
    permissions: githubAppPermissions,
    events: githubAppEvents,
  };
}
