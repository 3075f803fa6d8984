// How the GitHub webhook intake behaves: the secret deliveries are signed with
// (GITHUB_WEBHOOK_SECRET; unset = the app is not configured) and the largest
// body accepted. Read at the moment of use, so a test can set a secret
// in-process with `configureGitHubApp` instead of editing the environment.
import { env } from "@/server/env";

export type TGitHubAppSettings = {
  webhookSecret: string | undefined;
  maxBodyBytes: number;
};

/** GitHub caps webhook payloads at 25 MB; anything larger is not from GitHub. */
export const GITHUB_MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

const defaults: TGitHubAppSettings = {
  webhookSecret: env.GITHUB_WEBHOOK_SECRET,
  maxBodyBytes: GITHUB_MAX_WEBHOOK_BYTES,
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
