// "Create the GitHub App" (GitHub's manifest flow): the form the browser
// POSTs to github.com — the manifest describing the app (its webhook, setup
// and redirect URLs on this server, the permissions and events reviews need)
// and a signed state GitHub sends back with the one-time code.
import { AppError } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../../shared/scope";
import { githubCallbackUrls, githubWebUrl } from "./github-urls";
import { signGitHubState } from "./install-state";
import { githubAppEvents, githubAppPermissions, ZCreateAppManifestInput, type TCreateAppManifestInput } from "./schemas";

export type TAppManifestForm = {
  /** Where the form is POSTed: the user's or the organization's "new GitHub App" page. */
  action: string;
  /** The `manifest` form field, JSON. */
  manifest: string;
};

export function buildAppManifest(name: string, origin: string) {
  const urls = githubCallbackUrls(origin);
  return {
    name,
    url: urls.homepageUrl,
    hook_attributes: { url: urls.webhookUrl, active: true },
    redirect_url: urls.manifestRedirectUrl,
    setup_url: urls.setupUrl,
    // Reconfiguring the installation (adding repositories) comes back to the setup URL too.
    setup_on_update: true,
    // GitHub adds a one-time code to the setup redirect, proving who installed it (verify-installer.ts).
    request_oauth_on_install: true,
    public: false,
    default_permissions: githubAppPermissions,
    default_events: githubAppEvents,
  };
}

export function createAppManifestForm(scope: TWorkspaceScope, raw: TCreateAppManifestInput, origin: string): TAppManifestForm {
  const input = ZCreateAppManifestInput.parse(raw);
  if (!scope.actor) throw new AppError("FORBIDDEN", "Only a signed-in admin can create the GitHub App.");
  const base = input.organization ? `${githubWebUrl()}/organizations/${encodeURIComponent(input.organization)}/settings/apps/new` : `${githubWebUrl()}/settings/apps/new`;
  const action = new URL(base);
  action.searchParams.set("state", signGitHubState({ purpose: "manifest", workspaceId: scope.workspaceId, userId: scope.actor.userId }));
  return { action: action.toString(), manifest: JSON.stringify(buildAppManifest(input.name, origin)) };
}
