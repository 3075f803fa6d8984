// Inputs of Settings → GitHub (connecting installations, mapping repositories
// to projects, creating the app from a manifest), what the GitHub App must be
// allowed to do, and the notices the setup redirect brings back. Plain zod
// (no server imports), so the dashboard uses the same vocabulary.
import { z } from "zod";

/** What the app asks for when it is created (manifest) or set up by hand. */
export const githubAppPermissions = {
  contents: "read",
  metadata: "read",
  pull_requests: "write",
  issues: "write",
  checks: "write",
} as const;

export const githubAppPermissionReasons: Record<keyof typeof githubAppPermissions, string> = {
  contents: "read the changed files",
  metadata: "list the repositories it was given",
  pull_requests: "read pull requests and post review comments",
  issues: "answer “/coral review” comments",
  checks: "report each review as a check run",
};

export const githubAppEvents = ["pull_request", "issue_comment", "installation_repositories"] as const;

const ZRowId = (what: string) => z.string({ error: `Which ${what}?` }).min(1, `Which ${what}?`).max(64, `That is not a ${what} id.`);

export const ZGitHubInstallationIdInput = z.object({ installationId: ZRowId("installation") });
export type TGitHubInstallationIdInput = z.infer<typeof ZGitHubInstallationIdInput>;

export const ZSetRepositoryProjectInput = z.object({
  repositoryId: ZRowId("repository"),
  /** null: the repository's pull requests are not reviewed. */
  projectId: ZRowId("project").nullable(),
});
export type TSetRepositoryProjectInput = z.infer<typeof ZSetRepositoryProjectInput>;

// GitHub: "The name can't be longer than 34 characters"; an organization login is at most 39.
export const GITHUB_APP_NAME_MAX = 34;

export const ZCreateAppManifestInput = z.object({
  name: z.string().trim().min(1, "Name the app.").max(GITHUB_APP_NAME_MAX, `GitHub allows at most ${GITHUB_APP_NAME_MAX} characters.`),
  /** Create the app under this organization instead of the signed-in GitHub user. */
  organization: z
    .string()
    .trim()
    .max(39, "An organization name has at most 39 characters.")
    .regex(/^([a-z\d](?:[a-z\d-]*[a-z\d])?)?$/i, "Use the organization's login as in github.com/<login>.")
    .default(""),
});
export type TCreateAppManifestInput = z.input<typeof ZCreateAppManifestInput>;

/** What GitHub's setup URL receives after an install or a change to one. */
export const ZGitHubSetupQuery = z.object({
  installation_id: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, "installation_id is not a GitHub installation id.")
    .optional(),
  setup_action: z.enum(["install", "update", "request"]).default("install"),
  state: z.string().max(2_000).optional(),
  /** Sent when the app asks for user authorization during installation: proof of who installed it. */
  code: z
    .string()
    .regex(/^[\w-]{1,200}$/, "code is not a GitHub authorization code.")
    .optional(),
});

export const ZGitHubManifestQuery = z.object({
  code: z.string().regex(/^[\w-]{1,200}$/, "code is not a GitHub manifest code."),
  state: z.string().max(2_000),
});

/** Outcomes the setup URL redirects back to Settings → GitHub with (`?github=<notice>`). */
export const githubNotices = {
  connected: { tone: "success", title: "GitHub connected", description: "Choose the project each repository reviews into." },
  updated: { tone: "success", title: "GitHub installation updated", description: "Repositories GitHub added or removed show up below as its events arrive." },
  requested: { tone: "info", title: "Installation requested", description: "An owner of the GitHub organization has to approve it; come back and connect it once they have." },
  "state-expired": { tone: "error", title: "That link expired", description: "Install links are valid for 30 minutes. Click “Install on GitHub” again." },
  "unknown-installation": { tone: "error", title: "GitHub doesn't know that installation", description: "Nothing was connected. Install the app again from this page." },
  "github-unreachable": { tone: "error", title: "Couldn't reach GitHub", description: "The installation could not be confirmed, so nothing was connected. Try again in a moment." },
  "not-your-installation": {
    tone: "error",
    title: "That installation isn't yours",
    description: "GitHub says your account can't access it, so nothing was connected. Install the app from this page with your own account.",
  },
  "authorization-required": {
    tone: "error",
    title: "GitHub didn't confirm who installed it",
    description: "Nothing was connected. Turn on “Request user authorization (OAuth) during installation” in the app's settings, then install again from this page.",
  },
  "claimed-elsewhere": {
    tone: "error",
    title: "Already connected to another workspace",
    description: "An installation reviews into one workspace. An admin of that workspace has to disconnect it first.",
  },
} as const satisfies Record<string, { tone: "success" | "info" | "error"; title: string; description: string }>;
export type TGitHubNotice = keyof typeof githubNotices;

export function isGitHubNotice(value: string | null | undefined): value is TGitHubNotice {
  return typeof value === "string" && Object.hasOwn(githubNotices, value);
}
