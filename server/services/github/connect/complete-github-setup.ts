// GitHub's setup URL (GET /api/github/setup): after someone installs the app
// (or changes which repositories it sees), GitHub sends their browser back
// with `installation_id`, `setup_action` and the `state` we gave the install
// link. The state proves which workspace and user started the flow; the user
// must be the one signed in now and still allowed to manage GitHub there.
//
// The state alone does not prove the installation id is the one this user
// installed: anyone with a valid state of their own could hand-craft
// `?installation_id=<someone else's id>&state=<theirs>` and, if that
// installation is not connected to a workspace yet, claim it — and with it
// the choice of where that account's pull requests are reviewed (and so who
// reads their code). With the app's OAuth client configured
// (GITHUB_APP_CLIENT_ID/SECRET, and "Request user authorization during
// installation" on), that is closed: the redirect's `code` becomes a user
// token and the id must be among GET /user/installations (verify-installer.ts).
// Without it the remaining risk is limited by:
//   - with the app's credentials configured, the id must be one GitHub knows
//     for this app (GET /app/installations/{id} with the app JWT), so guessed
//     or made-up ids are refused instead of parking rows nobody owns;
//   - an installation already connected to a workspace is never moved to
//     another (the owner's own connect attempt then fails loudly, naming the
//     conflict), and an admin can disconnect one at any time;
//   - the window is short: the real installer is redirected here seconds
//     after installing, and the claim is recorded in the audit log.
import { getDb } from "@/server/db/client";
import { GitHubApiError } from "@/server/github/api/github-api-error";
import { claimInstallation } from "./claim-installation";
import { findAppInstallation, isGitHubAppConfigured, type TAppInstallation } from "./github-app-api";
import { verifyGitHubState } from "./install-state";
import { resolveGitHubAdmin } from "./resolve-github-admin";
import { isInstallerCheckConfigured, verifyInstaller } from "./verify-installer";
import { ZGitHubSetupQuery, type TGitHubNotice } from "./schemas";

/**
 * Where the browser goes next: back to the workspace's Settings → GitHub with
 * a notice, or — when no workspace this user manages can be trusted from the
 * request — a page saying why nothing happened.
 */
export type TGitHubSetupOutcome =
  | { kind: "settings"; workspaceSlug: string; notice: TGitHubNotice }
  | { kind: "refused"; reason: "invalid-link" | "other-user" | "not-admin" | "no-state" };

/** `query`: the setup URL's query parameters as GitHub (or whoever) sent them. */
export async function completeGitHubSetup(userId: string, query: Record<string, string | undefined>): Promise<TGitHubSetupOutcome> {
  const parsed = ZGitHubSetupQuery.safeParse(query);
  if (!parsed.success) return { kind: "refused", reason: "invalid-link" };
  const { installation_id, setup_action, state: token, code } = parsed.data;
  const installationId = installation_id ? BigInt(installation_id) : null;

  // Installed or reconfigured from GitHub's own pages: GitHub sends no state.
  if (!token) return withoutState(userId, installationId);

  const verified = verifyGitHubState(token, "install");
  if (!verified.ok && verified.reason !== "expired") return { kind: "refused", reason: "invalid-link" };
  const { state } = verified;
  if (state.userId !== userId) return { kind: "refused", reason: "other-user" };
  const admin = await resolveGitHubAdmin(userId, state.workspaceId);
  if (!admin) return { kind: "refused", reason: "not-admin" };
  const back = (notice: TGitHubNotice): TGitHubSetupOutcome => ({ kind: "settings", workspaceSlug: admin.workspaceSlug, notice });

  if (!verified.ok) return back("state-expired");
  // An organization member without rights asked an owner to install: there is nothing to connect yet.
  if (setup_action === "request") return back("requested");
  if (installationId === null) return { kind: "refused", reason: "invalid-link" };

  if (isInstallerCheckConfigured()) {
    if (!code) return back("authorization-required");
    const check = await verifyInstaller(code, installationId);
    if (check === "unreachable") return back("github-unreachable");
    if (check !== "verified") return back(check === "bad-code" ? "authorization-required" : "not-your-installation");
  }

  let fromGitHub: TAppInstallation | null = null;
  if (isGitHubAppConfigured()) {
    try {
      fromGitHub = await findAppInstallation(installationId);
    } catch (error) {
      if (error instanceof GitHubApiError) {
        // 401 here means the app id or private key is wrong: worth a line in the server log for whoever set them.
        console.warn(`[github] could not confirm installation ${installationId}: ${error.status} ${error.message}`);
        return back("github-unreachable");
      }
      throw error;
    }
    if (!fromGitHub) return back("unknown-installation");
  }

  const result = await claimInstallation(admin.scope, installationId, fromGitHub);
  if (result === "claimed-elsewhere") return back("claimed-elsewhere");
  return back(result === "claimed" ? "connected" : "updated");
}

/** Only an installation already connected to a workspace this user manages can be followed without a state. */
async function withoutState(userId: string, installationId: bigint | null): Promise<TGitHubSetupOutcome> {
  if (installationId === null) return { kind: "refused", reason: "no-state" };
  const db = await getDb();
  const row = await db.gitHubInstallation.findUnique({ where: { installationId }, select: { workspaceId: true } });
  const admin = row?.workspaceId ? await resolveGitHubAdmin(userId, row.workspaceId) : null;
  return admin ? { kind: "settings", workspaceSlug: admin.workspaceSlug, notice: "updated" } : { kind: "refused", reason: "no-state" };
}
