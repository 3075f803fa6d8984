"use client";

// The workspace's GitHub installations and the project each repository is
// reviewed into; "Install on GitHub" connects another account. When nothing
// is connected yet, says what connecting does and offers the install.
import { useQuery } from "@tanstack/react-query";
import { ExternalLink, GitPullRequest } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubSetupStatus } from "@/server/services/github/connect/github-setup-status";

import { AppRequirements } from "./app-requirements";
import { InstallButton } from "./install-button";
import { InstallationItem } from "./installation-item";

function InstallationsSkeleton() {
  return (
    <div aria-busy className="grid gap-3">
      <span className="sr-only" role="status">
        Loading GitHub installations…
      </span>
      {[0, 1].map((i) => (
        <div key={i} className="grid gap-3 rounded-lg border px-4 py-3">
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ))}
    </div>
  );
}

export function InstallationsCard({ status }: { status: TGitHubSetupStatus }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const installations = useQuery(trpc.github.installations.queryOptions({ workspaceSlug: workspace.slug }));
  const projects = useQuery(trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "active" }));
  const hasInstallations = (installations.data?.length ?? 0) > 0;

  let body;
  if (installations.isPending || (hasInstallations && projects.isPending)) {
    body = <InstallationsSkeleton />;
  } else if (installations.isError || projects.isError) {
    const error = installations.error ?? projects.error;
    body = (
      <ErrorState
        title="Couldn't load GitHub installations"
        message={errorMessage(error)}
        onRetry={() => Promise.all([installations.refetch(), projects.refetch()])}
      />
    );
  } else if (!hasInstallations) {
    body = (
      <EmptyState
        icon={<GitPullRequest />}
        title="No GitHub account connected"
        description="Install the app on a GitHub account or organization and choose its repositories; then pick the project each one's pull requests are reviewed into."
        action={<InstallButton />}
      />
    );
  } else {
    const options = (projects.data ?? []).map((p) => ({ id: p.id, name: p.name }));
    body = (
      <div className="grid gap-4">
        {options.length === 0 ? (
          <p role="note" className="rounded-lg border border-info/30 bg-info/10 px-3 py-2 text-sm">
            This workspace has no active project yet: create one under Projects to review repositories into it.
          </p>
        ) : null}
        <ul className="grid gap-4" aria-label={`GitHub installations of ${workspace.name}`}>
          {installations.data.map((installation) => (
            <InstallationItem key={installation.id} installation={installation} projects={options} githubUrl={status.githubUrl} />
          ))}
        </ul>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Repositories</CardTitle>
        <CardDescription>
          Pull requests of a repository are reviewed into the project you choose: its agents, memory and budget. Repositories left on
          “Not reviewed” are ignored.
        </CardDescription>
        {hasInstallations ? (
          <CardAction>
            <InstallButton variant="outline" label="Add account" />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        {body}
        <details className="rounded-lg border px-4 py-3">
          <summary className="cursor-pointer text-sm font-medium select-none">The app&apos;s settings on GitHub</summary>
          <div className="mt-4 grid gap-4">
            {status.appUrl ? (
              <a href={status.appUrl} target="_blank" rel="noreferrer" className="inline-flex w-fit items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
                {status.appUrl.replace(/^https?:\/\//, "")}
                <ExternalLink aria-hidden className="size-3.5" />
              </a>
            ) : null}
            <p className="text-sm text-muted-foreground">If reviews don&apos;t arrive, compare the app&apos;s settings with these, then check the deliveries below.</p>
            <AppRequirements status={status} />
          </div>
        </details>
      </CardContent>
    </Card>
  );
}
