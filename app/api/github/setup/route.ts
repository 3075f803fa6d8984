// GitHub App setup URL: GitHub sends the installer's browser here after an
// install or a change to one. Signed out → sign in and come back; otherwise
// the service decides, and the answer is a redirect to Settings → GitHub with
// a notice, or a page saying why nothing was connected.
import { currentUserId } from "@/server/auth/config";
import { completeGitHubSetup, type TGitHubSetupOutcome } from "@/server/services/github/connect/complete-github-setup";
import { htmlPage, seeOther, signInFirst, type THtmlPage } from "../html-page";

export const dynamic = "force-dynamic";

type TRefusal = Extract<TGitHubSetupOutcome, { kind: "refused" }>["reason"];

const refusals: Record<TRefusal, Omit<THtmlPage, "link">> = {
  "invalid-link": {
    status: 400,
    title: "This link is not valid",
    lead: "Nothing was connected: the link GitHub sent you back with was changed, incomplete, or not made by this server.",
    sections: [{ paragraphs: ["Open Settings → GitHub in your workspace and click “Install on GitHub” to start again."] }],
  },
  "other-user": {
    status: 403,
    title: "Started by someone else",
    lead: "Nothing was connected: this installation was started while signed in as another CoralCollective user.",
    sections: [{ paragraphs: ["Sign in as the user who clicked “Install on GitHub”, or start again from Settings → GitHub as yourself."] }],
  },
  "not-admin": {
    status: 403,
    title: "You can't connect GitHub to that workspace",
    lead: "Nothing was connected: only the workspace's owners and admins can connect GitHub, and your account is not (or no longer) one of them.",
  },
  "no-state": {
    status: 400,
    title: "Connect the installation from your workspace",
    lead: "The app was installed (or changed) from GitHub's own pages, so this server can't tell which workspace it is for.",
    sections: [{ steps: ["Open your workspace's Settings → GitHub.", "Click “Install on GitHub” and choose the same account: GitHub sends you back here, connected."] }],
  },
};

export async function GET(request: Request): Promise<Response> {
  const userId = await currentUserId();
  if (!userId) return signInFirst(request);
  const outcome = await completeGitHubSetup(userId, Object.fromEntries(new URL(request.url).searchParams));
  if (outcome.kind === "settings") return seeOther(`/${outcome.workspaceSlug}/settings/github?github=${outcome.notice}`);
  return htmlPage({ ...refusals[outcome.reason], link: { href: "/", label: "Go to CoralCollective" } });
}
