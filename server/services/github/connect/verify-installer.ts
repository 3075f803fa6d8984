// Proof that the person finishing the setup redirect installed (or can see)
// the installation they are connecting. With "Request user authorization
// (OAuth) during installation" on, GitHub adds a one-time `code` to the setup
// redirect; exchanged with the app's OAuth client id and secret it gives a
// user token, and GET /user/installations lists exactly the installations of
// this app that user can access. An installation id that is not in that list
// is someone else's, however valid the state that came with it.
import { z } from "zod";
import { githubAppSettings } from "@/server/github/settings";
import { githubWebUrl } from "./github-urls";

const TIMEOUT_MS = 10_000;
/** Pages of 100 installations read at most: a user with more is an edge worth refusing clearly. */
const MAX_PAGES = 5;

export type TInstallerCheck = "verified" | "not-theirs" | "bad-code" | "unreachable";

export function isInstallerCheckConfigured(): boolean {
  const { clientId, clientSecret } = githubAppSettings();
  return Boolean(clientId && clientSecret);
}

const ZTokenAnswer = z.union([z.object({ access_token: z.string().min(1) }), z.object({ error: z.string() })]);
const ZInstallations = z.object({ installations: z.array(z.object({ id: z.number() })) });

/** Does the user behind `code` have access to `installationId`? */
export async function verifyInstaller(code: string, installationId: bigint): Promise<TInstallerCheck> {
  const { clientId, clientSecret, apiBaseUrl } = githubAppSettings();
  if (!clientId || !clientSecret) throw new Error("The GitHub App's OAuth client is not configured.");
  try {
    const exchange = await fetch(`${githubWebUrl()}/login/oauth/access_token`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json", "user-agent": "CoralCollective" },
      body: JSON.stringify({ client_id: clientId, client_secret: clientSecret, code }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!exchange.ok) return exchange.status >= 500 ? "unreachable" : "bad-code";
    const answer = ZTokenAnswer.safeParse(await exchange.json());
    if (!answer.success || !("access_token" in answer.data)) return "bad-code";
    const token = answer.data.access_token;

    for (let page = 1; page <= MAX_PAGES; page++) {
      const res = await fetch(`${apiBaseUrl}/user/installations?per_page=100&page=${page}`, {
        headers: { accept: "application/vnd.github+json", authorization: `Bearer ${token}`, "user-agent": "CoralCollective", "x-github-api-version": "2022-11-28" },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) return res.status >= 500 ? "unreachable" : "bad-code";
      const listed = ZInstallations.safeParse(await res.json());
      if (!listed.success) return "unreachable";
      if (listed.data.installations.some((i) => BigInt(i.id) === installationId)) return "verified";
      if (listed.data.installations.length < 100) return "not-theirs";
    }
    return "not-theirs";
  } catch {
    return "unreachable";
  }
}
