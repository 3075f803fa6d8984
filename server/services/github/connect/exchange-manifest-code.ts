// GitHub's manifest redirect (GET /api/github/manifest): trade the one-time
// code for the new app's credentials and hand them to the admin who started
// the flow, once, as the environment lines to paste. They are never stored:
// the server reads them from its environment like every other secret.
import { GitHubApiError } from "@/server/github/api/github-api-error";
import { convertManifestCode, type TManifestConversion } from "./github-app-api";
import { verifyGitHubState } from "./install-state";
import { resolveGitHubAdmin } from "./resolve-github-admin";
import { ZGitHubManifestQuery } from "./schemas";

export type TManifestExchangeOutcome =
  | { kind: "created"; workspaceSlug: string; app: { name: string; slug: string; htmlUrl: string; ownerLogin: string | null }; envLines: string }
  | { kind: "refused"; reason: "invalid-link" | "expired" | "other-user" | "not-admin" | "code-unknown" | "github-unreachable"; workspaceSlug?: string; detail?: string };

/** The variables, the key on one line with \n escapes (settings.ts accepts both forms); the OAuth client's when GitHub gave it. */
export function githubAppEnvLines(app: TManifestConversion): string {
  return [
    `GITHUB_APP_ID=${app.appId}`,
    `GITHUB_APP_SLUG=${app.slug}`,
    `GITHUB_WEBHOOK_SECRET=${app.webhookSecret}`,
    `GITHUB_APP_PRIVATE_KEY="${app.privateKey.trim().replace(/\r?\n/g, "\\n")}"`,
    ...(app.clientId && app.clientSecret ? [`GITHUB_APP_CLIENT_ID=${app.clientId}`, `GITHUB_APP_CLIENT_SECRET=${app.clientSecret}`] : []),
  ].join("\n");
}

/** `query`: the manifest redirect's query parameters (`code`, `state`). */
export async function exchangeManifestCode(userId: string, query: Record<string, string | undefined>): Promise<TManifestExchangeOutcome> {
  const parsed = ZGitHubManifestQuery.safeParse(query);
  if (!parsed.success) return { kind: "refused", reason: "invalid-link" };
  const verified = verifyGitHubState(parsed.data.state, "manifest");
  if (!verified.ok && verified.reason !== "expired") return { kind: "refused", reason: "invalid-link" };
  if (verified.state.userId !== userId) return { kind: "refused", reason: "other-user" };
  const admin = await resolveGitHubAdmin(userId, verified.state.workspaceId);
  if (!admin) return { kind: "refused", reason: "not-admin" };
  if (!verified.ok) return { kind: "refused", reason: "expired", workspaceSlug: admin.workspaceSlug };

  let app: TManifestConversion | null;
  try {
    app = await convertManifestCode(parsed.data.code);
  } catch (error) {
    if (error instanceof GitHubApiError) return { kind: "refused", reason: "github-unreachable", workspaceSlug: admin.workspaceSlug, detail: error.message };
    throw error;
  }
  if (!app) return { kind: "refused", reason: "code-unknown", workspaceSlug: admin.workspaceSlug };
  return {
    kind: "created",
    workspaceSlug: admin.workspaceSlug,
    app: { name: app.name, slug: app.slug, htmlUrl: app.htmlUrl, ownerLogin: app.ownerLogin },
    envLines: githubAppEnvLines(app),
  };
}
