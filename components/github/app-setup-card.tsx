"use client";

// Settings → GitHub before the app exists on this server: the steps from
// nothing to reviews, with GitHub's manifest flow doing most of step 1, and
// the same settings spelled out for creating the app by hand.
import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TGitHubSetupStatus } from "@/server/services/github/connect/github-setup-status";

import { AppRequirements } from "./app-requirements";
import { CreateAppForm } from "./create-app-form";

const ENV_VARS = ["GITHUB_APP_ID", "GITHUB_APP_SLUG", "GITHUB_WEBHOOK_SECRET", "GITHUB_APP_PRIVATE_KEY"] as const;

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <li className="grid grid-cols-[1.75rem_1fr] gap-x-3">
      <span aria-hidden className="flex size-7 items-center justify-center rounded-full border bg-muted/50 text-xs font-semibold tabular-nums">
        {n}
      </span>
      <div className="grid min-w-0 gap-3 pt-0.5">
        <h3 className="text-sm font-semibold">
          <span className="sr-only">Step {n}: </span>
          {title}
        </h3>
        {children}
      </div>
    </li>
  );
}

export function AppSetupCard({ status }: { status: TGitHubSetupStatus }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connect GitHub</CardTitle>
        <CardDescription>
          A GitHub App of your own reviews every pull request in the repositories you choose, posting its findings as
          review comments and a check. This server doesn&apos;t have one yet: it takes about two minutes.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {status.privateOrigin ? (
          <p role="note" className="mb-6 flex gap-2 rounded-lg border border-warning/30 bg-warning/10 px-3 py-2 text-sm">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
            <span>
              GitHub can&apos;t reach <span className="font-mono">{status.urls.homepageUrl}</span>, so its webhooks would never
              arrive. Set <code className="font-mono text-xs">APP_URL</code> to this server&apos;s public address (or a tunnel to
              it) and open this page from there.
            </span>
          </p>
        ) : null}
        <ol className="grid gap-8">
          <Step n={1} title="Create the GitHub App">
            <p className="text-sm text-muted-foreground">
              GitHub opens with everything filled in: this server&apos;s webhook, setup and redirect URLs, the permissions and
              the events. Confirm there, and GitHub sends you back with the app&apos;s credentials.
            </p>
            <CreateAppForm homepageUrl={status.urls.homepageUrl} />
            <details className="rounded-lg border px-4 py-3">
              <summary className="cursor-pointer text-sm font-medium select-none">Or create it by hand</summary>
              <p className="mt-3 text-sm text-muted-foreground">
                On GitHub: Settings → Developer settings → GitHub Apps → New GitHub App (or the same under an
                organization&apos;s settings). Keep it private to your account, and enter:
              </p>
              <AppRequirements status={status} className="mt-4" />
            </details>
          </Step>
          <Step n={2} title="Give this server the app's credentials">
            <p className="text-sm text-muted-foreground">
              Paste the lines GitHub&apos;s redirect shows you into the server&apos;s environment (the <code className="font-mono text-xs">.env</code> file
              or your deployment&apos;s secrets). They are never stored in the database. By hand: the app id and slug from its
              page, the webhook secret you chose, and a private key you generate there.
            </p>
            <ul className="flex flex-wrap gap-1.5" aria-label="Environment variables">
              {ENV_VARS.map((name) => (
                <li key={name}>
                  <code className="rounded-md border bg-muted/50 px-1.5 py-0.5 font-mono text-xs">{name}</code>
                </li>
              ))}
            </ul>
          </Step>
          <Step n={3} title="Restart CoralCollective">
            <p className="text-sm text-muted-foreground">It reads the app&apos;s credentials at start-up; this page then offers to install the app.</p>
          </Step>
          <Step n={4} title="Install the app and map repositories">
            <p className="text-sm text-muted-foreground">
              “Install on GitHub” lets you pick an account and its repositories; back here, choose the project each
              repository&apos;s pull requests are reviewed into.
            </p>
          </Step>
        </ol>
      </CardContent>
    </Card>
  );
}
