// GitHub's redirect after "Create the GitHub App" (the manifest flow): trade
// the one-time code for the app's credentials and show them once, as the
// environment lines to paste. Nothing is stored, so reloading shows GitHub's
// refusal of the used code instead of the secrets again.
import { currentUserId } from "@/server/auth/config";
import { exchangeManifestCode, type TManifestExchangeOutcome } from "@/server/services/github/connect/exchange-manifest-code";
import { htmlPage, signInFirst, type THtmlPage } from "../html-page";

export const dynamic = "force-dynamic";

type TRefused = Extract<TManifestExchangeOutcome, { kind: "refused" }>;

const recover = "The app itself was created: open it on GitHub (Settings → Developer settings → GitHub Apps) to generate a private key and set a webhook secret, or delete it and create it again from Settings → GitHub.";

function refusalPage(outcome: TRefused): Omit<THtmlPage, "link"> {
  switch (outcome.reason) {
    case "invalid-link":
      return { status: 400, title: "This link is not valid", lead: "The link GitHub sent you back with was changed, incomplete, or not made by this server." };
    case "other-user":
      return { status: 403, title: "Started by someone else", lead: "This app was created while signed in as another CoralCollective user; sign in as them to see its credentials." };
    case "not-admin":
      return { status: 403, title: "Only admins can set up the GitHub App", lead: "Your account is not (or no longer) an owner or admin of the workspace that started this." };
    case "expired":
      return { status: 400, title: "That link expired", lead: "Creating the app took longer than 30 minutes, so its credentials are not shown.", sections: [{ paragraphs: [recover] }] };
    case "code-unknown":
      return { status: 410, title: "Already shown, or expired", lead: "GitHub no longer knows this code: the credentials are shown only once, within an hour of creating the app.", sections: [{ paragraphs: [recover] }] };
    case "github-unreachable":
      return { status: 502, title: "GitHub did not answer", lead: `The app's credentials could not be fetched${outcome.detail ? ` (${outcome.detail})` : ""}. Reload this page to try again within the hour.` };
  }
}

export async function GET(request: Request): Promise<Response> {
  const userId = await currentUserId();
  if (!userId) return signInFirst(request);
  const outcome = await exchangeManifestCode(userId, Object.fromEntries(new URL(request.url).searchParams));
  const settings = outcome.workspaceSlug ? { href: `/${outcome.workspaceSlug}/settings/github`, label: "Back to Settings → GitHub" } : { href: "/", label: "Go to CoralCollective" };
  if (outcome.kind === "refused") return htmlPage({ ...refusalPage(outcome), link: settings });
  const owner = outcome.app.ownerLogin ? ` for ${outcome.app.ownerLogin}` : "";
  return htmlPage({
    status: 200,
    title: `${outcome.app.name} is ready on GitHub`,
    lead: `GitHub created the app${owner}. Its credentials are shown here once and are not stored by CoralCollective: copy them now.`,
    sections: [
      { code: { label: "Environment variables", text: outcome.envLines } },
      {
        heading: "Next",
        steps: [
          "Add these lines to the server's environment (the .env file next to the app, or your deployment's secrets).",
          "Restart CoralCollective so it reads them.",
          "Back in Settings → GitHub, click “Install on GitHub” and choose the repositories to review.",
        ],
      },
      { paragraphs: [`The app's page on GitHub: ${outcome.app.htmlUrl}`, "Anyone with these values can act as the app on every repository it is installed on: keep them out of chat, tickets and source control."] },
    ],
    link: settings,
  });
}
