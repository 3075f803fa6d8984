// "Install on GitHub": the app's install page with a fresh signed state, so
// the setup redirect that follows can be tied to this workspace and user.
import { AppError } from "@/server/errors/app-error";
import { githubAppSettings } from "@/server/github/settings";
import type { TWorkspaceScope } from "../../shared/scope";
import { isGitHubAppConfigured } from "./github-app-api";
import { githubWebUrl } from "./github-urls";
import { signGitHubState } from "./install-state";

export function startGitHubInstall(scope: TWorkspaceScope): { url: string } {
  const { appSlug } = githubAppSettings();
  if (!isGitHubAppConfigured() || !appSlug) throw new AppError("UNAVAILABLE", "The GitHub App is not configured on this server yet.");
  if (!scope.actor) throw new AppError("FORBIDDEN", "Only a signed-in admin can connect GitHub.");
  const state = signGitHubState({ purpose: "install", workspaceId: scope.workspaceId, userId: scope.actor.userId });
  const url = new URL(`${githubWebUrl()}/apps/${encodeURIComponent(appSlug)}/installations/new`);
  url.searchParams.set("state", state);
  return { url: url.toString() };
}
