// The two GitHub calls connecting needs: "does this installation of our app
// exist?" (GET /app/installations/{id}, signed with the app's JWT through
// @octokit/app) and the manifest code exchange (POST
// /app-manifests/{code}/conversions, which needs no credentials). Both go to
// the configured API root, so Enterprise Server and tests' fake GitHub work.
import { z } from "zod";
import { githubAppClient, githubOctokit } from "@/server/github/api/github-client";
import { guarded, nullOn404 } from "@/server/github/api/github-api-error";
import { githubAppSettings } from "@/server/github/settings";

const TIMEOUT_MS = 10_000;

/** Whether this server holds the app's credentials: the webhook secret to accept deliveries, the id and key to call GitHub as the app. */
export function isGitHubAppConfigured(): boolean {
  const { appId, privateKey, webhookSecret } = githubAppSettings();
  return Boolean(appId && privateKey && webhookSecret);
}

const ZInstallation = z.object({
  id: z.number(),
  account: z.object({ login: z.string().optional(), slug: z.string().optional(), name: z.string().nullish(), type: z.string().optional() }).nullish(),
  suspended_at: z.string().nullish(),
});

export type TAppInstallation = { id: number; accountLogin: string | null; accountType: string | null; suspendedAt: Date | null };

/** The installation as GitHub knows it, null when GitHub has no installation of this app with that id. Throws GitHubApiError otherwise. */
export async function findAppInstallation(installationId: bigint): Promise<TAppInstallation | null> {
  // The app client the reviews use: the same key check, API root and version pin.
  const app = githubAppClient();
  const response = await nullOn404(() =>
    app.octokit.request("GET /app/installations/{installation_id}", {
      installation_id: Number(installationId),
      request: { signal: AbortSignal.timeout(TIMEOUT_MS) },
    }),
  );
  if (!response) return null;
  const found = await guarded(async () => ZInstallation.parse(response.data));
  const account = found.account;
  return {
    id: found.id,
    accountLogin: account?.login ?? account?.slug ?? account?.name ?? null,
    accountType: account?.type ?? null,
    suspendedAt: found.suspended_at ? new Date(found.suspended_at) : null,
  };
}

const ZConversion = z.object({
  id: z.number(),
  slug: z.string().min(1),
  name: z.string(),
  html_url: z.string(),
  owner: z.object({ login: z.string().optional() }).nullish(),
  webhook_secret: z.string().min(1),
  pem: z.string().min(1),
  client_id: z.string().min(1).optional(),
  client_secret: z.string().min(1).optional(),
});

export type TManifestConversion = {
  appId: number;
  slug: string;
  name: string;
  htmlUrl: string;
  ownerLogin: string | null;
  webhookSecret: string;
  privateKey: string;
  /** The app's OAuth client, when GitHub returns it: for checking who installed it. */
  clientId: string | null;
  clientSecret: string | null;
};

/** The new app's credentials for a manifest `code` (valid once, for an hour). Null when GitHub does not know the code. */
export async function convertManifestCode(code: string): Promise<TManifestConversion | null> {
  const { apiBaseUrl } = githubAppSettings();
  const octokit = new (githubOctokit({ baseUrl: apiBaseUrl, timeoutMs: TIMEOUT_MS }))();
  const response = await nullOn404(() => octokit.request("POST /app-manifests/{code}/conversions", { code, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } }));
  if (!response) return null;
  const app = await guarded(async () => ZConversion.parse(response.data));
  return {
    appId: app.id,
    slug: app.slug,
    name: app.name,
    htmlUrl: app.html_url,
    ownerLogin: app.owner?.login ?? null,
    webhookSecret: app.webhook_secret,
    privateKey: app.pem,
    clientId: app.client_id ?? null,
    clientSecret: app.client_secret ?? null,
  };
}
