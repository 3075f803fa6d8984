// How the GitHub App behaves: the secret webhook deliveries are signed with
// (GITHUB_WEBHOOK_SECRET; unset = the app is not configured), the largest body
// accepted, and the app's identity and API root for calls back to GitHub.
// Read at the moment of use, so a test can point the app at a fake GitHub
// in-process with `configureGitHubApp` instead of editing the environment.
import { env } from "@/server/env";

export type TGitHubAppSettings = {
  webhookSecret: string | undefined;
  maxBodyBytes: number;
  appId: string | undefined;
  /** The app's URL name (github.com/apps/<slug>), for "Install on GitHub" links. */
  appSlug: string | undefined;
  /** PEM; a key pasted into .env on one line with `\n` escapes is accepted too. */
  privateKey: string | undefined;
  /** The app's OAuth client: when set, connecting an installation checks that the signed-in person installed it. */
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** REST API root without a trailing slash: https://api.github.com, or https://HOST/api/v3 on Enterprise Server. */
  apiBaseUrl: string;
};

/** GitHub caps webhook payloads at 25 MB; anything larger is not from GitHub. */
export const GITHUB_MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

const defaults: TGitHubAppSettings = {
  webhookSecret: env.GITHUB_WEBHOOK_SECRET,
  maxBodyBytes: GITHUB_MAX_WEBHOOK_BYTES,
  appId: env.GITHUB_APP_ID,
  appSlug: env.GITHUB_APP_SLUG,
  privateKey: env.GITHUB_APP_PRIVATE_KEY?.replace(/\\n/g, "\n"),
  apiBaseUrl: env.GITHUB_API_URL.replace(/\/+$/, ""),
  clientId: env.GITHUB_APP_CLIENT_ID,
  clientSecret: env.GITHUB_APP_CLIENT_SECRET,
};

let current: TGitHubAppSettings = defaults;

export function githubAppSettings(): TGitHubAppSettings {
  return current;
}

/** Override some settings for this process; returns a function that restores the previous ones. */
export function configureGitHubApp(overrides: Partial<TGitHubAppSettings>): () => void {
  const previous = current;
  current = { ...current, ...overrides };
  return () => {
    current = previous;
  };
}
