// Where things live: this server's public address and the URLs GitHub must
// call back (webhook, setup, manifest redirect), and GitHub's own web address
// (github.com, or the Enterprise Server host behind GITHUB_API_URL).
import { originFrom } from "@/components/api-reference/operations";
import { env } from "@/server/env";
import { githubAppSettings } from "@/server/github/settings";

/** APP_URL when the deployment names its public address, else the address this request reached. */
export function publicOrigin(headers: Headers): string {
  return (env.APP_URL ?? originFrom(headers, "http://localhost:3000")).replace(/\/+$/, "");
}

export type TGitHubCallbackUrls = { homepageUrl: string; webhookUrl: string; setupUrl: string; manifestRedirectUrl: string };

export function githubCallbackUrls(origin: string): TGitHubCallbackUrls {
  return {
    homepageUrl: origin,
    webhookUrl: `${origin}/api/webhooks/github`,
    setupUrl: `${origin}/api/github/setup`,
    manifestRedirectUrl: `${origin}/api/github/manifest`,
  };
}

/** GitHub cannot deliver webhooks to an address only this machine or network can reach. */
export function isPrivateOrigin(origin: string): boolean {
  const host = new URL(origin).hostname.replace(/^\[|\]$/g, "");
  return /^(localhost|.*\.localhost|.*\.local|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/i.test(host);
}

/** github.com for api.github.com; https://HOST for Enterprise Server's https://HOST/api/v3. */
export function githubWebUrl(): string {
  const api = new URL(githubAppSettings().apiBaseUrl);
  if (api.hostname === "api.github.com") return "https://github.com";
  return `${api.protocol}//${api.host}`;
}
