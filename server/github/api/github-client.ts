// Authenticated Octokit clients for the GitHub App: the app itself (a JWT
// signed with its private key) and one per installation (an installation
// token, exchanged and cached by @octokit/auth-app for just under its hour).
// No retry plugin: a review step that fails is retried by the durable runner,
// which knows whether repeating it is safe. Requests give up after 15 s.
import { createHash, createPrivateKey } from "node:crypto";
import { App } from "@octokit/app";
import { Octokit } from "@octokit/core";
import { AppError } from "@/server/errors/app-error";
import { githubAppSettings } from "@/server/github/settings";
import { githubApi, type TGitHubApi } from "./github-api";

export const GITHUB_REQUEST_TIMEOUT_MS = 15_000;
const GITHUB_API_VERSION = "2022-11-28";

export type TGitHubOctokitOptions = { baseUrl: string; timeoutMs?: number };

function fetchWithDeadline(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

/** An Octokit class bound to one API root, pinned to a REST API version, with a per-request deadline. */
export function githubOctokit({ baseUrl, timeoutMs = GITHUB_REQUEST_TIMEOUT_MS }: TGitHubOctokitOptions) {
  const pinVersion = (octokit: Octokit) => {
    octokit.hook.before("request", (options) => {
      options.headers["x-github-api-version"] = GITHUB_API_VERSION;
    });
  };
  return Octokit.plugin(pinVersion).defaults({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    userAgent: "CoralCollective",
    request: { fetch: fetchWithDeadline(timeoutMs) },
  });
}

function readPrivateKey(pem: string): string {
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType === "rsa") return pem;
  } catch {
    // Reported below without the key's text.
  }
  throw new AppError(
    "UNAVAILABLE",
    "GITHUB_APP_PRIVATE_KEY is not a usable RSA private key: paste the whole .pem file GitHub generated for the app (-----BEGIN RSA PRIVATE KEY----- …), on one line with \\n escapes if needed.",
  );
}

function buildApp(appId: string, privateKey: string, baseUrl: string) {
  return new App({ appId, privateKey: readPrivateKey(privateKey), Octokit: githubOctokit({ baseUrl }) });
}

type TGitHubApp = ReturnType<typeof buildApp>;

// One App per identity: installation tokens are cached inside it, so building
// it again would exchange a fresh token for every review.
let memo: { key: string; app: TGitHubApp } | undefined;

/** The GitHub App configured in settings; throws AppError(UNAVAILABLE) when it is not configured or its key is unusable. */
export function githubAppClient(): TGitHubApp {
  const { appId, privateKey, apiBaseUrl } = githubAppSettings();
  if (!appId || !privateKey) {
    throw new AppError("UNAVAILABLE", "The GitHub App is not configured: set GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY.");
  }
  const key = [appId, apiBaseUrl, createHash("sha256").update(privateKey).digest("hex")].join("\n");
  if (memo?.key !== key) memo = { key, app: buildApp(appId, privateKey, apiBaseUrl) };
  return memo.app;
}

function toInstallationId(installationId: number | bigint): number {
  const id = Number(installationId);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("INVALID_INPUT", `Not a GitHub installation id: ${String(installationId)}.`);
  return id;
}

/** An Octokit acting as one installation of the app; its token is fetched on first use and reused until it nears expiry. */
export async function installationClient(installationId: number | bigint) {
  return githubAppClient().getInstallationOctokit(toInstallationId(installationId));
}

/** The review's GitHub calls, made as one installation. */
export async function installationApi(installationId: number | bigint): Promise<TGitHubApi> {
  return githubApi(await installationClient(installationId));
}
